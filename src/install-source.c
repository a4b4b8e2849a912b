/* install-source.c: the source of one install, opened once.
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

#include "install-source.h"

#include "system.h"
#include "dirname.h"
#include "durable.h"
#include "same-inode.h"
#include "trusted-path.h"

/* In link and rename modes, open the source's directory and name the
   source relative to it.  A source that names no file in a directory
   ("x/", "") stays a name: opening it reports why.  */
static void
open_source_directory (struct install_state *s)
{
  char const *source = s->job->source;
  char const *base = last_component (source);
  if (s->job->src_base)
    {
      /* -R: the walk holds the directory already.  */
      s->src_dir_fd = s->job->src_dir_fd;
      s->src_base = s->job->src_base;
      s->src_path_trusted = ! s->job->src_path_untrusted;
      return;
    }
  s->src_base = source;
  if (s->opts->merge_mode == MERGE_COPY || ! *base || strchr (base, '/'))
    return;
  char *dir = dir_name (source);
  bool trusted = true;
  int fd = trusted_open_dir (AT_FDCWD, dir, &trusted);
  free (dir);
  if (fd < 0)
    return;
  s->src_dir_fd = fd;
  s->src_base = base;
  s->src_path_trusted = trusted;
}

/* Look at the source's name itself, and at its directory, for the
   adoption rule.  */
static void
look_at_source_name (struct install_state *s)
{
  struct stat dir_st;
  struct stat const *dir = s->job->src_dir_st;
  if (s->job->src_lst)
    {
      s->src_lst = *s->job->src_lst;
      s->src_lst_known = true;
    }
  else
    s->src_lst_known = fstatat (s->src_dir_fd, s->src_base, &s->src_lst,
                                AT_SYMLINK_NOFOLLOW) == 0;
  if (! dir && fstatat (s->src_dir_fd, ".", &dir_st, 0) == 0)
    dir = &dir_st;
  s->src_dir_private = (s->src_lst_known && dir
                        && trusted_dir_for (dir, s->src_lst.st_uid));
}

/* Opening first saves a system call per file; when the source cannot be
   opened, the failure is reported later, after the -v lines, where GNU
   install reports it, and stat tells what the source is meanwhile.  A
   FIFO is opened without waiting for a writer, then read as GNU install
   reads it.  */
/* -R: the walk looked at the source already, without following it: it
   must still be that file, not a symbolic link or a FIFO that another
   user put in its place.  */
static bool
source_is_what_walk_saw (struct install_state const *s)
{
  struct stat const *seen = s->job->src_lst;
  if (! seen
      || (0 <= s->src_fd && SAME_INODE (s->src_st, *seen)
          && (s->src_st.st_mode & S_IFMT) == (seen->st_mode & S_IFMT)))
    return true;
  error (0, 0, _("skipping file %s, as it was replaced while being copied"),
         quoteaf (s->job->source));
  return false;
}

/* -R: whether others may put names in the directory the walk found the
   source in; a device node there must not be opened by mistake.  (GNU
   install opens a source that the user named, whatever it is.)  */
static bool
source_dir_shared (struct install_state const *s)
{
  return (s->job->src_lst && s->job->src_dir_st
          && ! trusted_dir (s->job->src_dir_st));
}

bool
source_open (struct install_state *s)
{
  char const *source = s->job->source;
  open_source_directory (s);
  if (s->src_fd < 0)
    s->src_fd = (source_dir_shared (s)
                 ? open_regular_at (s->src_dir_fd, s->src_base,
                                    SOURCE_OPEN_FLAGS)
                 : openat (s->src_dir_fd, s->src_base,
                           (SOURCE_OPEN_FLAGS
                            | (s->job->src_lst ? O_NOFOLLOW : 0))));
  if (s->src_fd < 0 && s->job->src_lst)
    {
      /* The walk saw a file there: gone, or something else now, it was
         replaced; anything else is trouble opening it.  */
      if (errno == ENOENT || errno == ELOOP || errno == ENOTDIR
          || errno == ENXIO)
        return source_is_what_walk_saw (s);
      error (0, errno, _("cannot open %s for reading"), quoteaf (source));
      return false;
    }
  if (s->src_fd < 0)
    {
      s->src_errno = errno;
      if (fstatat (s->src_dir_fd, s->src_base, &s->src_st, 0) != 0)
        {
          error (0, errno, _("cannot stat %s"), quoteaf (source));
          return false;
        }
    }
  else if (fstat (s->src_fd, &s->src_st) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (source));
      return false;
    }
  else if (! source_is_what_walk_saw (s))
    return false;
  else if (S_ISFIFO (s->src_st.st_mode))
    {
      /* Open it again, waiting for a writer, when GNU would.  */
      close (s->src_fd);
      s->src_fd = -1;
      s->src_errno = 0;
    }
  else if (! S_ISREG (s->src_st.st_mode)
           && fcntl (s->src_fd, F_SETFL, O_RDONLY) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (source));
      return false;
    }
  if (S_ISDIR (s->src_st.st_mode))
    {
      error (0, 0, _("omitting directory %s"), quoteaf (source));
      return false;
    }
  /* Only link and rename modes need to know more of the source.  */
  if (s->opts->merge_mode != MERGE_COPY
      && (s->src_dir_fd != AT_FDCWD || s->job->src_base))
    look_at_source_name (s);
  return true;
}

bool
source_open_late (struct install_state *s)
{
  char const *source = s->job->source;
  if (0 <= s->src_fd)
    return true;
  if (s->src_errno == 0)
    {
      struct stat st;
      s->src_fd = openat (s->src_dir_fd, s->src_base,
                          O_RDONLY | O_NOCTTY | O_CLOEXEC);
      s->src_errno = errno;
      if (0 <= s->src_fd && fstat (s->src_fd, &st) == 0
          && ! SAME_INODE (st, s->src_st))
        {
          error (0, 0,
                 _("skipping file %s, as it was replaced while being copied"),
                 quoteaf (source));
          return false;
        }
    }
  if (0 <= s->src_fd)
    return true;
  error (0, s->src_errno, _("cannot open %s for reading"), quoteaf (source));
  return false;
}

bool
source_consume (struct install_state const *s)
{
  char const *source = s->job->source;
  if (! s->merge.consume_source)
    return true;
  struct stat st;
  if (! s->src_path_trusted)
    {
      /* It may be another file than the user named, in a directory of
         someone else's: never remove it.  */
      error (0, 0, _("not removing %s, as a symbolic link on its path may "
                     "be another user's"), quoteaf (source));
      return false;
    }
  if (fstatat (s->src_dir_fd, s->src_base, &st, AT_SYMLINK_NOFOLLOW) == 0
      && ! (s->src_lst_known && SAME_INODE (st, s->src_lst)))
    {
      /* Whatever is there now is not what was installed.  */
      error (0, 0, _("not removing %s, as it was replaced while being "
                     "installed"), quoteaf (source));
      return false;
    }
  if (unlinkat (s->src_dir_fd, s->src_base, 0) == 0)
    {
      if (s->opts->sync)
        durable_source_dir_changed (s->src_dir_fd, s->job->source);
      return true;
    }
  error (0, errno, _("cannot remove %s"), quoteaf (source));
  return false;
}
