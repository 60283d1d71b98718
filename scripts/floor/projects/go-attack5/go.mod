module example.com/attack5

go 1.19
