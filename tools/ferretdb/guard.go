package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
)

// runGuard runs a command (the embedded PostgreSQL server) so that it never outlives the Node.js
// process that started it: it asks the command to stop (SIGINT, PostgreSQL's fast shutdown) when
// its standard input closes or it is told to stop, and the kernel sends the same signal if the
// guard itself is killed. It exits with the command's status.
func runGuard(args []string) {
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "ferretdb-embedded guard: usage: guard -- command [args...]")
		os.Exit(2)
	}

	// Pdeathsig fires when the thread that started the child exits, so keep this one alive.
	runtime.LockOSThread()

	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGINT}
	if err := cmd.Start(); err != nil {
		fail(err)
	}

	stopChild := func() { _ = cmd.Process.Signal(syscall.SIGINT) }
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		stopChild()
	}()
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		for range signals {
			stopChild()
		}
	}()

	err := cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		os.Exit(0)
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		os.Exit(exit.ExitCode())
	default:
		fmt.Fprintf(os.Stderr, "ferretdb-embedded guard: %v\n", err)
		os.Exit(1)
	}
}
