package calc

func Total(cents []int) int {
	t := 0
	for _, c := range cents {
		t += c
	}
	return t
}
