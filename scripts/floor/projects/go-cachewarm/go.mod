module example.com/cachewarm

go 1.19
