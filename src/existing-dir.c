/* existing-dir.c: changing a directory that already exists, safely.
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

#include "existing-dir.h"

#include "system.h"
#include "trusted-path.h"

/* Open flags: a descriptor to change the directory through.  O_PATH
   needs no permission on the directory itself, as GNU install needs
   none to change a directory it may not read.  */
enum { HOLD_FLAGS = O_PATH | O_DIRECTORY | O_CLOEXEC };

/* NAME in DIR_FD is not a directory: say what it is.  */
static int
not_a_directory (int dir_fd, char const *name)
{
  struct stat lst;
  if (fstatat (dir_fd, name, &lst, AT_SYMLINK_NOFOLLOW) != 0)
    return -1;
  struct stat st;
  if (! S_ISLNK (lst.st_mode)
      || fstatat (dir_fd, name, &st, 0) != 0 || ! S_ISDIR (st.st_mode))
    {
      /* Not a directory, nor a link to one: nothing to follow.  */
      errno = EEXIST;
      return -1;
    }
  /* Follow it, and every link it leads through, only if none of them
     may be another user's.  */
  bool trusted = true;
  int fd = trusted_open_dir (dir_fd, name, &trusted);
  if (0 <= fd && ! trusted)
    {
      close (fd);
      return EXISTING_DIR_UNSAFE_LINK;
    }
  if (fd < 0 && (errno == ENOENT || errno == ENOTDIR))
    errno = EEXIST;             /* Dangling, or not to a directory.  */
  return fd;
}

int
existing_dir_open (int dir_fd, char const *name, struct stat *st)
{
  int fd = openat (dir_fd, name, HOLD_FLAGS | O_NOFOLLOW);
  if (fd < 0 && (errno == ENOTDIR || errno == ELOOP))
    fd = not_a_directory (dir_fd, name);
  if (fd < 0)
    return fd;
  if (fstat (fd, st) != 0)
    {
      int e = errno;
      close (fd);
      errno = e;
      return -1;
    }
  return fd;
}

/* Changing the attributes of the directory an O_PATH descriptor holds
   goes through its /proc name, which leads to that very directory;
   without /proc, through a descriptor of it opened for reading.  */

int
existing_dir_chown (int fd, uid_t owner, gid_t group)
{
  char name[PROC_FD_NAME_SIZE];
  proc_fd_name (name, fd);
  if (chown (name, owner, group) == 0)
    return 0;
  if (errno != ENOENT)
    return -1;
  int rfd = existing_dir_reopen (fd);
  if (rfd < 0)
    return -1;
  int r = fchown (rfd, owner, group);
  int e = errno;
  close (rfd);
  errno = e;
  return r;
}

int
existing_dir_chmod (int fd, mode_t mode)
{
  char name[PROC_FD_NAME_SIZE];
  proc_fd_name (name, fd);
  if (chmod (name, mode) == 0)
    return 0;
  if (errno != ENOENT)
    return -1;
  int rfd = existing_dir_reopen (fd);
  if (rfd < 0)
    return -1;
  int r = fchmod (rfd, mode);
  int e = errno;
  close (rfd);
  errno = e;
  return r;
}

int
existing_dir_reopen (int fd)
{
  return openat (fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}
