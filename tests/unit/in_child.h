// Running code that ends the process (a program, the scheduler) in a test:
// it runs in a child process that reports back through a pipe.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <string>

namespace goji::test {

// Runs body in a child given the pipe's write end; returns what the child
// wrote to it, followed by " (exit status N)" if it did not exit with 0.
inline std::string inChild(const std::function<void(int fd)>& body) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::fflush(stdout);  // or the child would print what the parent buffered
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    body(fds[1]);
    ::_exit(5);
  }
  ::close(fds[1]);
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) out += " (exit status " + std::to_string(status) + ")";
  return out;
}

}  // namespace goji::test
