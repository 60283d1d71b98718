// Package queue hands results back.
package queue

type Queue struct{ results chan int }

func New() *Queue { return &Queue{results: make(chan int)} }

// Submit squares n; the result goes to Result. (The bug: it is computed and never sent.)
func (q *Queue) Submit(n int) {
	go func() {
		_ = n * n
	}()
}

func (q *Queue) Result() int { return <-q.results }
