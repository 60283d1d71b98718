module example.com/hint

go 1.19
