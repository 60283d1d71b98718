module example.com/attack4

go 1.19
