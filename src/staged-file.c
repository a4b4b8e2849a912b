/* staged-file.c: a file prepared beside its destination, then renamed.
   Copyright (C) 2026 The ainstall authors.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#include <config.h>

#include "staged-file.h"

#include <dirent.h>
#include <stddef.h>
#include <limits.h>

#include "system.h"
#include "ignore-value.h"
#include "renameatu.h"
#include "same-inode.h"
#include "random-name.h"

#ifndef NAME_MAX
# define NAME_MAX 255
#endif

/* The temporary name for destination NAME is ".NAME.XXXXXX", with NAME
   cut short when needed so that the whole still fits in NAME_MAX bytes.  */
enum { RANDOM_CHARS = 6 };
static char const separator[] = ".";

/* Return a malloc'd template ".DEST_BASE.XXXXXX" for DEST_BASE.  */
static char *
temporary_template (char const *dest_base)
{
  size_t room = NAME_MAX - 2 * strlen (separator) - RANDOM_CHARS;
  size_t base_len = strnlen (dest_base, room);
  char *tmpl = xmalloc (base_len + 2 * strlen (separator) + RANDOM_CHARS + 1);
  char *p = stpcpy (tmpl, separator);
  p = mempcpy (p, dest_base, base_len);
  p = stpcpy (p, separator);
  memset (p, 'X', RANDOM_CHARS);
  p[RANDOM_CHARS] = '\0';
  return tmpl;
}

/* How random_name_try is asked to make a name exist.  */
struct make_name_args
{
  struct staged_file *staged;
  mode_t mode;                  /* For a created file.  */
  int src_dir_fd;               /* For a link or a move.  */
  char const *src_name;
  int link_flags;               /* For a link: 0 or AT_SYMLINK_FOLLOW.  */
  char const *link_target;      /* For a symbolic link.  */
  dev_t rdev;                   /* For a device node.  */
  bool is_dir;                  /* What discarding removes.  */
  bool moved;                   /* Discarding moves it back...  */
  int verify_fd;                /* ...if it still is this file.  */
};

static int
create_at_name (char *name, void *argsv)
{
  struct make_name_args const *args = argsv;
  int fd = openat (args->staged->dir_fd, name,
                   (O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY
                    | O_CLOEXEC),
                   args->mode);
  if (fd < 0)
    return -1;
  args->staged->fd = fd;
  return 0;
}

static int
mkdir_at_name (char *name, void *argsv)
{
  struct make_name_args const *args = argsv;
  return mkdirat (args->staged->dir_fd, name, args->mode);
}

static int
symlink_at_name (char *name, void *argsv)
{
  struct make_name_args const *args = argsv;
  return symlinkat (args->link_target, args->staged->dir_fd, name);
}

static int
mknod_at_name (char *name, void *argsv)
{
  struct make_name_args const *args = argsv;
  return mknodat (args->staged->dir_fd, name, args->mode, args->rdev);
}

static int
link_at_name (char *name, void *argsv)
{
  struct make_name_args const *args = argsv;
  return linkat (args->src_dir_fd, args->src_name,
                 args->staged->dir_fd, name, args->link_flags);
}

static int
move_at_name (char *name, void *argsv)
{
  struct make_name_args const *args = argsv;
  return renameatu (args->src_dir_fd, args->src_name,
                    args->staged->dir_fd, name, RENAME_NOREPLACE);
}

/* Record how to undo the name just made for ARGS.  */
static undo_id
record_undo (struct make_name_args const *args)
{
  struct staged_file const *staged = args->staged;
  if (args->moved)
    return undo_add_rename (staged->dir_fd, staged->name, args->src_dir_fd,
                            args->src_name, args->verify_fd);
  return undo_add_remove (staged->dir_fd, staged->name, args->is_dir);
}

/* Make a fresh temporary name for DEST_BASE exist in DIR_FD by calling
   MAKE with ARGS, with its undo action recorded from the start: the
   name is filled in while it is tried, and a signal that comes before it
   exists finds nothing to undo under that random name.  (So no signal
   needs to be blocked for each file.)  */
static int
stage_with (struct staged_file *staged, int dir_fd, char const *dest_base,
            int (*make) (char *, void *), struct make_name_args *args)
{
  staged->dir_fd = dir_fd;
  staged->name = temporary_template (dest_base);
  staged->undo = record_undo (args);
  int r = random_name_try (staged->name, RANDOM_CHARS, args, make);
  if (r != 0)
    {
      int e = errno;
      undo_drop (&staged->undo);
      free (staged->name);
      staged->name = NULL;
      errno = e;
    }
  return r;
}

int
staged_file_create (struct staged_file *staged, int dir_fd,
                    char const *dest_base, mode_t mode)
{
  struct make_name_args args = { .staged = staged, .mode = mode };
  return stage_with (staged, dir_fd, dest_base, create_at_name, &args);
}

int
staged_file_create_unnamed (struct staged_file *staged, int dir_fd,
                            mode_t mode, bool dest_missing)
{
#ifdef O_TMPFILE
  int fd = openat (dir_fd, ".", O_WRONLY | O_TMPFILE | O_NOCTTY | O_CLOEXEC,
                   mode);
  if (0 <= fd)
    {
      staged->dir_fd = dir_fd;
      staged->fd = fd;
      staged->unnamed = true;
      staged->dest_missing = dest_missing;
      return 0;
    }
  /* Kernels without O_TMPFILE open the directory itself (EISDIR);
     file systems without it say EOPNOTSUPP.  */
  if (errno == EISDIR || errno == EINVAL)
    errno = EOPNOTSUPP;
#else
  errno = EOPNOTSUPP;
#endif
  return -1;
}

/* Return true if the directory open as FD is the caller's and empty.  */
static bool
is_new_empty_dir (int fd)
{
  struct stat st;
  if (fstat (fd, &st) != 0 || st.st_uid != caller_uid () || st.st_nlink != 2)
    return false;
  union { struct dirent64 d; char buf[1024]; } u;
  ssize_t n = getdents64 (fd, u.buf, sizeof u.buf);
  for (ssize_t off = 0; 0 < n && off < n; )
    {
      struct dirent64 d;
      memcpy (&d, u.buf + off, offsetof (struct dirent64, d_name));
      char const *name = u.buf + off + offsetof (struct dirent64, d_name);
      if (! (streq (name, ".") || streq (name, "..")))
        return false;
      off += d.d_reclen;
    }
  if (n < 0)
    return false;
  /* Rewind, for whoever reads it next.  */
  return lseek (fd, 0, SEEK_SET) == 0;
}

int
staged_dir_create (struct staged_file *staged, int dir_fd,
                   char const *dest_base, mode_t mode)
{
  struct make_name_args args = { .staged = staged, .mode = mode,
                                 .is_dir = true };
  if (stage_with (staged, dir_fd, dest_base, mkdir_at_name, &args) != 0)
    return -1;
  staged->fd = openat (dir_fd, staged->name,
                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  /* In a directory that others may write, one of them could have put a
     directory, already filled, under the new name: theirs, or one of
     root's that was in their directory; it would be given root's
     attributes, or, for -s, emptied.  What was made is ainstall's user's
     and empty.  */
  if (0 <= staged->fd && ! is_new_empty_dir (staged->fd))
    {
      close (staged->fd);
      staged->fd = -1;
      errno = EEXIST;
    }
  if (staged->fd < 0)
    {
      staged_file_discard (staged);
      return -1;
    }
  return 0;
}

int
staged_symlink_create (struct staged_file *staged, int dir_fd,
                       char const *dest_base, char const *target)
{
  struct make_name_args args = { .staged = staged, .link_target = target };
  return stage_with (staged, dir_fd, dest_base, symlink_at_name, &args);
}

int
staged_node_create (struct staged_file *staged, int dir_fd,
                    char const *dest_base, mode_t mode, dev_t rdev)
{
  struct make_name_args args = { .staged = staged, .mode = mode,
                                 .rdev = rdev };
  return stage_with (staged, dir_fd, dest_base, mknod_at_name, &args);
}

int
staged_file_link (struct staged_file *staged, int dir_fd,
                  char const *dest_base, int src_dir_fd,
                  char const *src_name)
{
  struct make_name_args args = { .staged = staged,
                                 .src_dir_fd = src_dir_fd,
                                 .src_name = src_name };
  staged->linked = true;
  return stage_with (staged, dir_fd, dest_base, link_at_name, &args);
}

int
staged_file_link_open (struct staged_file *staged, int dir_fd,
                       char const *dest_base, int src_fd, int src_dir_fd,
                       char const *src_name)
{
  /* Linking /proc/self/fd/N links the inode the descriptor is open on,
     and needs no privilege (unlike AT_EMPTY_PATH).  */
  char proc_name[PROC_FD_NAME_SIZE];
  proc_fd_name (proc_name, src_fd);
  struct make_name_args args = { .staged = staged, .src_dir_fd = AT_FDCWD,
                                 .src_name = proc_name,
                                 .link_flags = AT_SYMLINK_FOLLOW };
  int r = stage_with (staged, dir_fd, dest_base, link_at_name, &args);
  if (r != 0 && errno == ENOENT)
    {
      /* No /proc, or the file lost its last name meanwhile.  */
      int e = errno;
      if (access ("/proc/self/fd", F_OK) == 0)
        errno = e;
      else
        r = staged_file_link (staged, dir_fd, dest_base, src_dir_fd,
                              src_name);
    }
  return r;
}

int
staged_file_adopt (struct staged_file *staged, int dir_fd,
                   char const *dest_base, int src_dir_fd,
                   char const *src_name, int src_fd)
{
  struct make_name_args args = { .staged = staged,
                                 .src_dir_fd = src_dir_fd,
                                 .src_name = src_name,
                                 .moved = true, .verify_fd = src_fd };
  return stage_with (staged, dir_fd, dest_base, move_at_name, &args);
}

static void
close_staged_fd (struct staged_file *staged)
{
  if (0 <= staged->fd)
    {
      ignore_value (close (staged->fd));
      staged->fd = -1;
    }
}

/* The staged file is committed: let its descriptor go, unless the
   caller holds on to the file.  */
static void
release_committed (struct staged_file *staged)
{
  if (! staged->keep_fd)
    close_staged_fd (staged);
}

int
staged_file_close (struct staged_file *staged, bool not_executable)
{
  if (staged->unnamed && not_executable && ! staged->keep_fd)
    return 0;                   /* Closed once committed.  */
  int fd = staged->fd;
  staged->fd = -1;
  if (fd < 0)
    return 0;
  if (staged->unnamed || staged->keep_fd)
    {
      /* Hold it by an O_PATH descriptor, which needs no permission and
         opens nothing for writing, to link it later.  */
      char proc_name[PROC_FD_NAME_SIZE];
      proc_fd_name (proc_name, fd);
      staged->fd = open (proc_name, O_PATH | O_CLOEXEC);
      if (staged->fd < 0)
        {
          int e = errno;
          close (fd);
          errno = e;
          return STAGED_NOT_HELD;
        }
    }
  return close (fd);
}

/* Return true if ST is a file that ainstall's user made, or that a
   program ainstall ran made for it: a regular file of ainstall's
   effective user, with no other name.  */
static bool
is_own_file (struct stat const *st)
{
  return (S_ISREG (st->st_mode) && st->st_uid == caller_uid ()
          && st->st_nlink == 1);
}

/* Open the file that the descriptor PATH_FD (O_PATH) is open on, for
   reading; if its owner may not read it, let the owner read it first.  */
static int
open_for_reading (int path_fd)
{
  char proc_name[PROC_FD_NAME_SIZE];
  proc_fd_name (proc_name, path_fd);
  int fd = open (proc_name, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 && errno == EACCES
      && chmod (proc_name, S_IRUSR | S_IWUSR) == 0)
    {
      /* Another program left it unreadable even to its owner; it is
         still ours, and its final mode comes later anyway.  */
      fd = open (proc_name, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    }
  return fd;
}

int
staged_file_reopen_own (struct staged_file *staged, struct stat *st)
{
  close_staged_fd (staged);
  /* Look at the name without opening the file it holds: opening a FIFO
     or a device another user put there could block or do harm.  */
  int path_fd = openat (staged->dir_fd, staged->name,
                        O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (path_fd < 0)
    return errno == ELOOP ? STAGED_NOT_OWN : -1;
  int r = fstat (path_fd, st);
  if (r == 0 && ! is_own_file (st))
    r = STAGED_NOT_OWN;
  int fd = r == 0 ? open_for_reading (path_fd) : -1;
  if (r == 0 && fd < 0 && errno == ENOENT)
    {
      /* No /proc: open the name, and check that it still holds the file
         looked at.  */
      struct stat st2;
      fd = openat (staged->dir_fd, staged->name,
                   O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
      if (0 <= fd && (fstat (fd, &st2) != 0 || ! SAME_INODE (*st, st2)))
        {
          close (fd);
          fd = -1;
          r = STAGED_NOT_OWN;
        }
    }
  int e = errno;
  close (path_fd);
  if (r != 0 || fd < 0)
    {
      errno = e;
      return r != 0 ? r : -1;
    }
  staged->fd = fd;
  return fd;
}

static int
commit_with_flags (struct staged_file *staged, int dir_fd,
                   char const *dest_base, unsigned int flags)
{
  /* No need to block signals here: should one arrive between the rename
     and the dropping of the undo action, undoing finds the temporary name
     gone.  The name itself stays until the staged file is discarded: the
     caller's other undo actions are conditional on it (undo.h).  */
  if (renameatu (staged->dir_fd, staged->name, dir_fd, dest_base, flags)
      != 0)
    return -1;
  undo_drop (&staged->undo);

  /* Renaming a name over another name of the same file does nothing
     and succeeds, so a linked temporary may still be there.  */
  if (staged->linked)
    ignore_value (unlinkat (staged->dir_fd, staged->name, 0));
  release_committed (staged);
  return 0;
}

/* Give the unnamed staged file a name: DEST_BASE itself if it was
   missing (and still is), else a fresh temporary name.  Return 1 if it
   was linked to DEST_BASE, 0 if to a temporary name, -1 on failure.  */
static int
name_unnamed (struct staged_file *staged, char const *dest_base)
{
  char proc_name[PROC_FD_NAME_SIZE];
  proc_fd_name (proc_name, staged->fd);
  if (staged->dest_missing)
    {
      if (linkat (AT_FDCWD, proc_name, staged->dir_fd, dest_base,
                  AT_SYMLINK_FOLLOW) == 0)
        return 1;
      if (errno != EEXIST)
        return -1;
      /* It appeared meanwhile: replace it, atomically.  */
    }
  struct make_name_args args = { .staged = staged, .src_dir_fd = AT_FDCWD,
                                 .src_name = proc_name,
                                 .link_flags = AT_SYMLINK_FOLLOW };
  if (stage_with (staged, staged->dir_fd, dest_base, link_at_name, &args)
      != 0)
    return -1;
  staged->via = xstrdup (staged->name);
  return 0;
}

int
staged_file_commit (struct staged_file *staged, char const *dest_base)
{
  if (staged->unnamed)
    {
      int r = name_unnamed (staged, dest_base);
      if (r < 0)
        return -1;
      staged->unnamed = false;
      if (r == 1)
        {
          release_committed (staged);
          return 0;
        }
    }
  return commit_with_flags (staged, staged->dir_fd, dest_base, 0);
}

int
staged_file_commit_into (struct staged_file *staged, int dir_fd,
                         char const *dest_base)
{
  if (staged->unnamed || staged->dir_fd == dir_fd)
    return staged_file_commit (staged, dest_base);
  return commit_with_flags (staged, dir_fd, dest_base, 0);
}

int
staged_file_commit_new (struct staged_file *staged, char const *dest_base)
{
  return commit_with_flags (staged, staged->dir_fd, dest_base,
                            RENAME_NOREPLACE);
}

void
staged_dir_discard_all (struct staged_file *dir)
{
  if (0 <= dir->fd)
    {
      /* The directory is private to ainstall: whatever is in it (a file
         a strip program left) is its own.  */
      int fd = openat (dir->fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      DIR *d = fd < 0 ? NULL : fdopendir (fd);
      struct dirent const *e;
      while (d && (e = readdir (d)))
        if (! (streq (e->d_name, ".") || streq (e->d_name, "..")))
          ignore_value (unlinkat (dir->fd, e->d_name, 0));
      if (d)
        closedir (d);
      else if (0 <= fd)
        close (fd);
    }
  staged_file_discard (dir);
}

void
staged_file_discard (struct staged_file *staged)
{
  int e = errno;
  if (staged->name)
    {
      /* A signal arriving meanwhile undoes the same again, which then
         finds nothing to undo: no need to block signals.  Undo before
         closing: moving an adopted source back checks it through its
         descriptor.  */
      undo_run (&staged->undo);
      free (staged->name);
      staged->name = NULL;
    }
  close_staged_fd (staged);
  staged->unnamed = false;
  free (staged->via);
  staged->via = NULL;
  errno = e;
}
