// Package supervisor starts and stops a child process.
package supervisor

import (
	"os"
	"os/exec"
	"syscall"
)

type Child struct{ cmd *exec.Cmd }

func Start(name string, args ...string) (*Child, error) {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &Child{cmd: cmd}, nil
}

// Kill stops the child. (The bug: it signals this process, not the child.)
func (c *Child) Kill() error {
	return syscall.Kill(os.Getpid(), syscall.SIGKILL)
}

func (c *Child) Wait() error { return c.cmd.Wait() }
