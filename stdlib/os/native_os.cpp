// The natives of package os (stdlib/os/sys.go): Linux system calls behind
// the conventions of sys.go — errno results, EINTR retried, O_CLOEXEC added.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <random>
#include <vector>

#include "vm/native.h"

extern char** environ;

namespace goji::native {

namespace {

struct RawStat {
  uint64_t dev, ino, nlink;
  uint32_t mode, uid, gid;
  uint64_t rdev;
  int64_t size, blksize, blocks, atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec;
};

int64_t err(int64_t r) { return r < 0 ? errno : 0; }

template <typename F>
int64_t retry(F f) {
  int64_t r;
  do {
    r = f();
  } while (r < 0 && errno == EINTR);
  return r;
}

IntPair result(int64_t r) { return r < 0 ? IntPair{-1, errno} : IntPair{r, 0}; }

// A name with a NUL byte cannot reach the kernel intact: c_str() would cut it
// at the NUL and the call would act on another file ("a\x00b" -> "a"). Go's
// syscall.ByteSliceFromString rejects such names with EINVAL; so do we.
inline bool hasNul(Bytes p, int64_t n) { return n > 0 && std::memchr(p, 0, static_cast<size_t>(n)) != nullptr; }

void fill(RawStat* st, const struct stat& s) {
  *st = RawStat{s.st_dev, s.st_ino, s.st_nlink, s.st_mode, s.st_uid, s.st_gid, s.st_rdev,
                s.st_size, s.st_blksize, s.st_blocks, s.st_atim.tv_sec, s.st_atim.tv_nsec,
                s.st_mtim.tv_sec, s.st_mtim.tv_nsec, s.st_ctim.tv_sec, s.st_ctim.tv_nsec};
}

// A []string from C++ strings.
void stringSlice(Results& r, const std::vector<std::string>& v) {
  auto* strs = static_cast<String*>(gc::mallocgc(sizeof(String) * v.size(), &kStringElem));
  for (size_t i = 0; i < v.size(); i++) rt::writeString(&strs[i], newString(v[i]));
  r.slice(v.empty() ? nullptr : strs, static_cast<int64_t>(v.size()), static_cast<int64_t>(v.size()));
}

IntPair sysOpen(Ctx, Bytes name, int64_t n, int64_t flag, uint32_t perm) {
  if (hasNul(name, n)) return IntPair{-1, EINVAL};
  GOJI_SYSCALL;
  std::string path = cstr(name, n);
  return result(retry([&] { return ::open(path.c_str(), static_cast<int>(flag) | O_CLOEXEC, perm); }));
}
int64_t sysClose(Ctx, int64_t fd) { return err(::close(static_cast<int>(fd))); }
IntPair sysRead(Ctx, int64_t fd, uint8_t* b, int64_t len, int64_t) {
  GOJI_SYSCALL_USING(b);
  return result(retry([&] { return ::read(static_cast<int>(fd), b, static_cast<size_t>(len)); }));
}
IntPair sysPread(Ctx, int64_t fd, uint8_t* b, int64_t len, int64_t, int64_t off) {
  GOJI_SYSCALL_USING(b);
  return result(retry([&] { return ::pread(static_cast<int>(fd), b, static_cast<size_t>(len), off); }));
}
IntPair sysWrite(Ctx, int64_t fd, const uint8_t* b, int64_t len, int64_t) {
  GOJI_SYSCALL_USING(b);
  return result(retry([&] { return ::write(static_cast<int>(fd), b, static_cast<size_t>(len)); }));
}
IntPair sysPwrite(Ctx, int64_t fd, const uint8_t* b, int64_t len, int64_t, int64_t off) {
  GOJI_SYSCALL_USING(b);
  return result(retry([&] { return ::pwrite(static_cast<int>(fd), b, static_cast<size_t>(len), off); }));
}
IntPair sysSeek(Ctx, int64_t fd, int64_t offset, int64_t whence) {
  return result(::lseek(static_cast<int>(fd), offset, static_cast<int>(whence)));
}
int64_t sysFsync(Ctx, int64_t fd) { return err(retry([&] { return ::fsync(static_cast<int>(fd)); })); }
int64_t sysFtruncate(Ctx, int64_t fd, int64_t size) {
  return err(retry([&] { return ::ftruncate(static_cast<int>(fd), size); }));
}
int64_t sysFstat(Ctx, int64_t fd, RawStat* st) {
  struct stat s;
  if (::fstat(static_cast<int>(fd), &s) < 0) return errno;
  fill(st, s);
  return 0;
}
int64_t sysFchmod(Ctx, int64_t fd, uint32_t mode) { return err(::fchmod(static_cast<int>(fd), mode)); }
int64_t sysFchown(Ctx, int64_t fd, int64_t uid, int64_t gid) {
  return err(::fchown(static_cast<int>(fd), static_cast<uid_t>(uid), static_cast<gid_t>(gid)));
}
int64_t sysFchdir(Ctx, int64_t fd) { return err(::fchdir(static_cast<int>(fd))); }

// The directory stream of each fd being read (closed with the fd's dup).
void sysReadDirent(Ctx, int64_t fd) {
  GOJI_ANCHOR;
  std::vector<std::string> names;
  std::vector<uint8_t> types;
  int64_t e = 0;
  int dupfd = ::dup(static_cast<int>(fd));
  DIR* d = dupfd < 0 ? nullptr : ::fdopendir(dupfd);
  if (!d) {
    e = errno;
    if (dupfd >= 0) ::close(dupfd);
  } else {
    // Continue from the fd's current offset, then leave the fd at the end.
    errno = 0;
    while (struct dirent* ent = ::readdir(d)) {
      std::string_view n = ent->d_name;
      if (n == "." || n == "..") continue;
      names.emplace_back(n);
      types.push_back(ent->d_type);
    }
    if (errno) e = errno;
    ::lseek(static_cast<int>(fd), 0, SEEK_END);
    ::closedir(d);
  }
  Results r;
  stringSlice(r, names);
  auto* t = static_cast<uint8_t*>(gc::mallocgc(types.size(), nullptr));
  if (!types.empty()) std::memcpy(t, types.data(), types.size());
  r.slice(types.empty() ? nullptr : t, static_cast<int64_t>(types.size()), static_cast<int64_t>(types.size()));
  r.i64(e);
}

void sysPipe(Ctx) {
  int fds[2];
  int64_t e = ::pipe2(fds, O_CLOEXEC) < 0 ? errno : 0;
  Results().i64(e ? -1 : fds[0]).i64(e ? -1 : fds[1]).i64(e);
}

int64_t sysStat(Ctx, Bytes name, int64_t n, bool follow, RawStat* st) {
  if (hasNul(name, n)) return EINVAL;
  std::string path = cstr(name, n);
  struct stat s;
  if ((follow ? ::stat(path.c_str(), &s) : ::lstat(path.c_str(), &s)) < 0) return errno;
  fill(st, s);
  return 0;
}
int64_t sysChmod(Ctx, Bytes name, int64_t n, uint32_t mode) {
  if (hasNul(name, n)) return EINVAL;
  return err(::chmod(cstr(name, n).c_str(), mode));
}
int64_t sysChown(Ctx, Bytes name, int64_t n, int64_t uid, int64_t gid, bool follow) {
  if (hasNul(name, n)) return EINVAL;
  std::string path = cstr(name, n);
  auto u = static_cast<uid_t>(uid);
  auto g = static_cast<gid_t>(gid);
  return err(follow ? ::chown(path.c_str(), u, g) : ::lchown(path.c_str(), u, g));
}
int64_t sysUtimes(Ctx, Bytes name, int64_t n, int64_t atime, int64_t mtime) {
  if (hasNul(name, n)) return EINVAL;
  struct timespec ts[2] = {{atime / 1000000000, atime % 1000000000}, {mtime / 1000000000, mtime % 1000000000}};
  return err(::utimensat(AT_FDCWD, cstr(name, n).c_str(), ts, 0));
}
int64_t sysTruncate(Ctx, Bytes name, int64_t n, int64_t size) {
  if (hasNul(name, n)) return EINVAL;
  return err(::truncate(cstr(name, n).c_str(), size));
}
int64_t sysMkdir(Ctx, Bytes name, int64_t n, uint32_t perm) {
  if (hasNul(name, n)) return EINVAL;
  return err(::mkdir(cstr(name, n).c_str(), perm));
}
int64_t sysUnlink(Ctx, Bytes name, int64_t n) {
  if (hasNul(name, n)) return EINVAL;
  return err(::unlink(cstr(name, n).c_str()));
}
int64_t sysUnlinkat(Ctx, int64_t dirfd, Bytes name, int64_t n, bool rmdir) {
  if (hasNul(name, n)) return EINVAL;
  return err(::unlinkat(static_cast<int>(dirfd), cstr(name, n).c_str(), rmdir ? AT_REMOVEDIR : 0));
}
int64_t sysFstatat(Ctx, int64_t dirfd, Bytes name, int64_t n, RawStat* st) {
  if (hasNul(name, n)) return EINVAL;
  struct stat s;
  if (::fstatat(static_cast<int>(dirfd), cstr(name, n).c_str(), &s, AT_SYMLINK_NOFOLLOW) < 0) return errno;
  fill(st, s);
  return 0;
}
IntPair sysOpenat(Ctx, int64_t dirfd, Bytes name, int64_t n, int64_t flag, uint32_t perm) {
  if (hasNul(name, n)) return IntPair{-1, EINVAL};
  GOJI_SYSCALL;
  std::string path = cstr(name, n);
  return result(retry([&] { return ::openat(static_cast<int>(dirfd), path.c_str(), static_cast<int>(flag) | O_CLOEXEC, perm); }));
}
int64_t sysRmdir(Ctx, Bytes name, int64_t n) {
  if (hasNul(name, n)) return EINVAL;
  return err(::rmdir(cstr(name, n).c_str()));
}
int64_t sysRename(Ctx, Bytes a, int64_t an, Bytes b, int64_t bn) {
  if (hasNul(a, an) || hasNul(b, bn)) return EINVAL;
  return err(::rename(cstr(a, an).c_str(), cstr(b, bn).c_str()));
}
int64_t sysLink(Ctx, Bytes a, int64_t an, Bytes b, int64_t bn) {
  if (hasNul(a, an) || hasNul(b, bn)) return EINVAL;
  return err(::link(cstr(a, an).c_str(), cstr(b, bn).c_str()));
}
int64_t sysSymlink(Ctx, Bytes a, int64_t an, Bytes b, int64_t bn) {
  if (hasNul(a, an) || hasNul(b, bn)) return EINVAL;
  return err(::symlink(cstr(a, an).c_str(), cstr(b, bn).c_str()));
}
void sysReadlink(Ctx, Bytes name, int64_t n) {
  GOJI_ANCHOR;
  if (hasNul(name, n)) {
    Results().str(String{nullptr, 0}).i64(EINVAL);
    return;
  }
  std::string path = cstr(name, n);
  std::vector<char> buf(256);
  for (;;) {
    ssize_t len = ::readlink(path.c_str(), buf.data(), buf.size());
    if (len < 0) {
      int64_t e = errno;
      Results().str(String{nullptr, 0}).i64(e);
      return;
    }
    if (static_cast<size_t>(len) < buf.size()) {
      String s = newString(std::string_view(buf.data(), static_cast<size_t>(len)));
      Results().str(s).i64(0);
      return;
    }
    buf.resize(buf.size() * 2);
  }
}
int64_t sysChdir(Ctx, Bytes name, int64_t n) {
  if (hasNul(name, n)) return EINVAL;
  return err(::chdir(cstr(name, n).c_str()));
}
void sysGetwd(Ctx) {
  GOJI_ANCHOR;
  char* d = ::getcwd(nullptr, 0);
  if (!d) {
    int64_t e = errno;
    Results().str(String{nullptr, 0}).i64(e);
    return;
  }
  String s = newString(d);
  std::free(d);
  Results().str(s).i64(0);
}

void sysGetenv(Ctx, Bytes key, int64_t n) {
  GOJI_ANCHOR;
  const char* v = ::getenv(cstr(key, n).c_str());
  String s = v ? newString(v) : String{nullptr, 0};
  Results().str(s).boolean(v != nullptr);
}
int64_t sysSetenv(Ctx, Bytes key, int64_t kn, Bytes value, int64_t vn) {
  return err(::setenv(cstr(key, kn).c_str(), cstr(value, vn).c_str(), 1));
}
int64_t sysUnsetenv(Ctx, Bytes key, int64_t n) { return err(::unsetenv(cstr(key, n).c_str())); }
void sysClearenv(Ctx) { ::clearenv(); }
void sysEnviron(Ctx) {
  GOJI_ANCHOR;
  std::vector<std::string> env;
  for (char** e = environ; e && *e; e++) env.emplace_back(*e);
  Results r;
  stringSlice(r, env);
}
void runtimeArgs(Ctx) {
  GOJI_ANCHOR;
  Results r;
  stringSlice(r, rt::programArgs());
}

int64_t sysGetpid(Ctx) { return ::getpid(); }
int64_t sysGetppid(Ctx) { return ::getppid(); }
int64_t sysGetuid(Ctx) { return ::getuid(); }
int64_t sysGeteuid(Ctx) { return ::geteuid(); }
int64_t sysGetgid(Ctx) { return ::getgid(); }
int64_t sysGetegid(Ctx) { return ::getegid(); }
void sysGetgroups(Ctx) {
  GOJI_ANCHOR;
  int n = ::getgroups(0, nullptr);
  std::vector<gid_t> gids(n > 0 ? static_cast<size_t>(n) : 0);
  if (n > 0) n = ::getgroups(n, gids.data());
  if (n < 0) {
    int64_t e = errno;
    Results().slice(nullptr, 0, 0).i64(e);
    return;
  }
  auto* out = static_cast<int64_t*>(gc::mallocgc(sizeof(int64_t) * static_cast<size_t>(n), nullptr));
  for (int i = 0; i < n; i++) out[i] = gids[static_cast<size_t>(i)];
  Results().slice(n ? out : nullptr, n, n).i64(0);
}
void sysHostname(Ctx) {
  GOJI_ANCHOR;
  char buf[256];
  if (::gethostname(buf, sizeof buf) < 0) {
    int64_t e = errno;
    Results().str(String{nullptr, 0}).i64(e);
    return;
  }
  buf[sizeof buf - 1] = 0;
  String s = newString(buf);
  Results().str(s).i64(0);
}
int64_t sysGetpagesize(Ctx) { return ::getpagesize(); }
uint32_t fastrand(Ctx) {
  static thread_local std::minstd_rand rng{std::random_device{}()};
  return static_cast<uint32_t>(rng());
}
void sigpipe(Ctx) {
  ::signal(SIGPIPE, SIG_DFL);
  ::raise(SIGPIPE);
}
// os.Exit: no deferred calls run, nothing is flushed (Go buffers nothing).
void exit(Ctx, int64_t code) { ::_exit(static_cast<int>(code)); }

}  // namespace

GOJI_NATIVE("os.sysOpen", sysOpen);
GOJI_NATIVE("os.sysClose", sysClose);
GOJI_NATIVE("os.sysRead", sysRead);
GOJI_NATIVE("os.sysPread", sysPread);
GOJI_NATIVE("os.sysWrite", sysWrite);
GOJI_NATIVE("os.sysPwrite", sysPwrite);
GOJI_NATIVE("os.sysSeek", sysSeek);
GOJI_NATIVE("os.sysFsync", sysFsync);
GOJI_NATIVE("os.sysFtruncate", sysFtruncate);
GOJI_NATIVE("os.sysFstat", sysFstat);
GOJI_NATIVE("os.sysFchmod", sysFchmod);
GOJI_NATIVE("os.sysFchown", sysFchown);
GOJI_NATIVE("os.sysFchdir", sysFchdir);
GOJI_NATIVE("os.sysReadDirent$native", sysReadDirent);
GOJI_NATIVE("os.sysPipe$native", sysPipe);
GOJI_NATIVE("os.sysStat", sysStat);
GOJI_NATIVE("os.sysChmod", sysChmod);
GOJI_NATIVE("os.sysChown", sysChown);
GOJI_NATIVE("os.sysUtimes", sysUtimes);
GOJI_NATIVE("os.sysTruncate", sysTruncate);
GOJI_NATIVE("os.sysMkdir", sysMkdir);
GOJI_NATIVE("os.sysUnlink", sysUnlink);
GOJI_NATIVE("os.sysUnlinkat", sysUnlinkat);
GOJI_NATIVE("os.sysFstatat", sysFstatat);
GOJI_NATIVE("os.sysOpenat", sysOpenat);
GOJI_NATIVE("os.sysRmdir", sysRmdir);
GOJI_NATIVE("os.sysRename", sysRename);
GOJI_NATIVE("os.sysLink", sysLink);
GOJI_NATIVE("os.sysSymlink", sysSymlink);
GOJI_NATIVE("os.sysReadlink$native", sysReadlink);
GOJI_NATIVE("os.sysChdir", sysChdir);
GOJI_NATIVE("os.sysGetwd$native", sysGetwd);
GOJI_NATIVE("os.sysGetenv$native", sysGetenv);
GOJI_NATIVE("os.sysSetenv", sysSetenv);
GOJI_NATIVE("os.sysUnsetenv", sysUnsetenv);
GOJI_NATIVE("os.sysClearenv", sysClearenv);
GOJI_NATIVE("os.sysEnviron$native", sysEnviron);
GOJI_NATIVE("os.runtime_args$native", runtimeArgs);
GOJI_NATIVE("os.sysGetpid", sysGetpid);
GOJI_NATIVE("os.sysGetppid", sysGetppid);
GOJI_NATIVE("os.sysGetuid", sysGetuid);
GOJI_NATIVE("os.sysGeteuid", sysGeteuid);
GOJI_NATIVE("os.sysGetgid", sysGetgid);
GOJI_NATIVE("os.sysGetegid", sysGetegid);
GOJI_NATIVE("os.sysGetgroups$native", sysGetgroups);
GOJI_NATIVE("os.sysHostname$native", sysHostname);
GOJI_NATIVE("os.sysGetpagesize", sysGetpagesize);
GOJI_NATIVE("os.fastrand", fastrand);
GOJI_NATIVE("os.sigpipe", sigpipe);
GOJI_NATIVE("os.Exit", exit);

}  // namespace goji::native
