/* trusted-path.c: following symbolic links that no other user can swap.
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

#include "trusted-path.h"

#include "system.h"
#include "areadlink.h"

/* As many symbolic links as the kernel follows in one name.  */
enum { MAX_LINKS = 40 };

static bool
owner_trusted (uid_t owner)
{
  return owner == caller_uid () || owner == 0;
}

bool
trusted_dir (struct stat const *dir_st)
{
  return (owner_trusted (dir_st->st_uid)
          && ! (dir_st->st_mode & (S_IWGRP | S_IWOTH)));
}

bool
trusted_dir_for (struct stat const *dir_st, uid_t entry_owner)
{
  return (trusted_dir (dir_st)
          || ((dir_st->st_mode & S_ISVTX) && owner_trusted (dir_st->st_uid)
              && entry_owner == caller_uid ()));
}

bool
trusted_link (int dir_fd, struct stat const *link_st)
{
  struct stat dir_st;
  if (fstatat (dir_fd, ".", &dir_st, 0) != 0)
    return false;
  return (owner_trusted (link_st->st_uid)
          && trusted_dir_for (&dir_st, link_st->st_uid));
}

/* The walk: the directory reached so far, and what is left to follow.  */
struct walk
{
  int fd;                   /* Owned, or AT_FDCWD.  */
  char *rest;               /* Malloc'd; components separated by '/'.  */
  char *pos;                /* The next component in REST.  */
  int links;                /* Symbolic links followed.  */
};

static void
walk_move (struct walk *w, int fd)
{
  if (0 <= w->fd)
    close (w->fd);
  w->fd = fd;
}

/* Make the walk go on with TARGET, the target of the symbolic link just
   met, then with what was left after it.  */
static bool
walk_follow (struct walk *w, char const *target)
{
  if (MAX_LINKS < ++w->links)
    {
      errno = ELOOP;
      return false;
    }
  if (target[0] == '/')
    {
      int root = open ("/", O_DIRSEARCH);
      if (root < 0)
        return false;
      walk_move (w, root);
    }
  char *rest = xmalloc (strlen (target) + 1 + strlen (w->pos) + 1);
  strcpy (stpcpy (stpcpy (rest, target), "/"), w->pos);
  free (w->rest);
  w->rest = w->pos = rest;
  return true;
}

/* Take the component NAME, in the walk's directory.  */
static bool
walk_step (struct walk *w, char const *name, bool *trusted)
{
  int fd = openat (w->fd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int e = errno;
      if (0 <= fd)
        close (fd);
      errno = e;
      return false;
    }
  if (S_ISDIR (st.st_mode))
    {
      walk_move (w, fd);
      return true;
    }
  if (! S_ISLNK (st.st_mode))
    {
      close (fd);
      errno = ENOTDIR;
      return false;
    }
  if (! trusted_link (w->fd, &st))
    *trusted = false;
  /* Read the very link looked at, through its descriptor: its name may
     hold something else by now.  */
  char *target = areadlinkat (fd, "");
  int e = errno;
  close (fd);
  bool ok = target && walk_follow (w, target);
  if (! target)
    errno = e;
  free (target);
  return ok;
}

int
trusted_open_dir (int start_fd, char const *name, bool *trusted)
{
  struct walk w = { .fd = -1, .rest = xstrdup (name) };
  w.pos = w.rest;
  int start = (name[0] == '/' ? open ("/", O_DIRSEARCH)
               : openat (start_fd, ".", O_DIRSEARCH));
  bool ok = 0 <= start;
  w.fd = start;
  while (ok && *w.pos)
    {
      char *comp = w.pos;
      char *slash = strchr (comp, '/');
      w.pos = slash ? slash + 1 : comp + strlen (comp);
      if (slash)
        *slash = '\0';
      if (*comp && ! streq (comp, "."))
        {
          /* WALK_STEP may replace W.REST: keep the component.  */
          char *copy = xstrdup (comp);
          ok = walk_step (&w, copy, trusted);
          free (copy);
        }
    }
  int e = errno;
  free (w.rest);
  if (! ok)
    {
      if (0 <= w.fd)
        close (w.fd);
      errno = e;
      return -1;
    }
  return w.fd;
}

int
open_regular_at (int dir_fd, char const *name, int flags)
{
  int path_fd = openat (dir_fd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (path_fd < 0)
    return -1;
  struct stat st;
  int fd = -1;
  if (fstat (path_fd, &st) != 0)
    ;
  else if (! S_ISREG (st.st_mode))
    errno = S_ISLNK (st.st_mode) ? ELOOP : ENXIO;
  else
    {
      char proc_name[PROC_FD_NAME_SIZE];
      proc_fd_name (proc_name, path_fd);
      /* The /proc name is a link to follow, to that very file.  */
      fd = open (proc_name, (flags & ~O_NOFOLLOW) | O_CLOEXEC);
    }
  int e = errno;
  close (path_fd);
  errno = e;
  return fd;
}
