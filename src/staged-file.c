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

#include <limits.h>
#include <signal.h>

#include "system.h"
#include "fatal-signal.h"
#include "ignore-value.h"
#include "renameatu.h"
#include "tempname.h"

#ifndef NAME_MAX
# define NAME_MAX 255
#endif

/* The temporary name for destination NAME is ".NAME.XXXXXX", with NAME
   cut short when needed so that the whole still fits in NAME_MAX bytes.  */
enum { RANDOM_CHARS = 6 };
static char const separator[] = ".";

/* The registry of staged files that a fatal signal must undo.  It is the
   one piece of file-scope state in ainstall: a signal handler can reach
   nothing else.  A slot is filled while the fatal signals are blocked,
   together with the creation of its file, so that the handler never
   misses a file nor sees half an entry; emptying it is one store of a
   sig_atomic_t.  */
struct cleanup_slot
{
  volatile sig_atomic_t undo;  /* 0: free; else 1 + enum staged_undo.  */
  int dir_fd;
  char const *name;
  int origin_dir_fd;
  char const *origin_name;
};
static struct cleanup_slot registry[4];

/* Undo one slot.  Async-signal-safe: only system calls.  */
static void
undo_slot (struct cleanup_slot const *slot)
{
  if (slot->undo == 1 + STAGED_MOVE_BACK)
    ignore_value (renameat (slot->dir_fd, slot->name,
                            slot->origin_dir_fd, slot->origin_name));
  else
    ignore_value (unlinkat (slot->dir_fd, slot->name,
                            (slot->undo == 1 + STAGED_RMDIR
                             ? AT_REMOVEDIR : 0)));
}

static void
undo_all_on_signal (int sig)
{
  (void) sig;
  for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++)
    if (registry[i].undo)
      undo_slot (&registry[i]);
}

/* Install the signal handler the first time a file is staged, so that a
   run that stages nothing (for example, -d) pays nothing.  */
static void
ensure_signal_cleanup (void)
{
  static bool installed;
  if (! installed)
    {
      if (at_fatal_signal (undo_all_on_signal) != 0)
        xalloc_die ();
      installed = true;
    }
}

/* Record STAGED in the registry.  Fatal signals must be blocked.  */
static void
register_staged (struct staged_file *staged)
{
  for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++)
    if (! registry[i].undo)
      {
        registry[i].dir_fd = staged->dir_fd;
        registry[i].name = staged->name;
        registry[i].origin_dir_fd = staged->origin_dir_fd;
        registry[i].origin_name = staged->origin_name;
        registry[i].undo = 1 + staged->undo;
        staged->slot = i;
        return;
      }
  /* ainstall stages one file at a time; more is a bug.  */
  abort ();
}

static void
unregister_staged (struct staged_file *staged)
{
  if (0 <= staged->slot)
    {
      registry[staged->slot].undo = 0;
      staged->slot = -1;
    }
}

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

/* How try_tempname is asked to make a name exist.  */
struct make_name_args
{
  struct staged_file *staged;
  mode_t mode;                  /* For a created file.  */
  int src_dir_fd;               /* For a link or a move.  */
  char const *src_name;
  int link_flags;               /* For a link: 0 or AT_SYMLINK_FOLLOW.  */
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

/* Make a fresh temporary name for DEST_BASE exist in DIR_FD by calling
   MAKE with ARGS, and register it for cleanup, all with the fatal
   signals blocked so that no signal finds it unregistered.  */
static int
stage_with (struct staged_file *staged, int dir_fd, char const *dest_base,
            int (*make) (char *, void *), struct make_name_args *args)
{
  ensure_signal_cleanup ();
  staged->dir_fd = dir_fd;
  staged->name = temporary_template (dest_base);

  block_fatal_signals ();
  int r = try_tempname_len (staged->name, 0, args, make, RANDOM_CHARS);
  if (r == 0)
    register_staged (staged);
  unblock_fatal_signals ();

  if (r != 0)
    {
      int e = errno;
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
  staged->undo = STAGED_UNLINK;
  return stage_with (staged, dir_fd, dest_base, create_at_name, &args);
}

int
staged_dir_create (struct staged_file *staged, int dir_fd,
                   char const *dest_base, mode_t mode)
{
  struct make_name_args args = { .staged = staged, .mode = mode };
  staged->undo = STAGED_RMDIR;
  if (stage_with (staged, dir_fd, dest_base, mkdir_at_name, &args) != 0)
    return -1;
  staged->fd = openat (dir_fd, staged->name,
                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (staged->fd < 0)
    {
      staged_file_discard (staged);
      return -1;
    }
  return 0;
}

int
staged_file_link (struct staged_file *staged, int dir_fd,
                  char const *dest_base, int src_dir_fd,
                  char const *src_name, int link_flags)
{
  struct make_name_args args = { .staged = staged,
                                 .src_dir_fd = src_dir_fd,
                                 .src_name = src_name,
                                 .link_flags = link_flags };
  staged->undo = STAGED_UNLINK;
  staged->linked = true;
  return stage_with (staged, dir_fd, dest_base, link_at_name, &args);
}

int
staged_file_adopt (struct staged_file *staged, int dir_fd,
                   char const *dest_base, int src_dir_fd,
                   char const *src_name)
{
  struct make_name_args args = { .staged = staged,
                                 .src_dir_fd = src_dir_fd,
                                 .src_name = src_name };
  staged->undo = STAGED_MOVE_BACK;
  staged->linked = true;
  staged->origin_dir_fd = src_dir_fd;
  staged->origin_name = src_name;
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

/* Open the staged file read-only.  */
static int
open_staged_read_only (struct staged_file const *staged)
{
  return openat (staged->dir_fd, staged->name,
                 O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
}

int
staged_file_reopen (struct staged_file *staged, struct stat *st)
{
  close_staged_fd (staged);
  int fd = open_staged_read_only (staged);
  if (fd < 0 && errno == EACCES
      && fchmodat (staged->dir_fd, staged->name, S_IRUSR | S_IWUSR,
                   AT_SYMLINK_NOFOLLOW) == 0)
    {
      /* Another program left it unreadable even to its owner; it is
         still ours, and its final mode comes later anyway.  */
      fd = open_staged_read_only (staged);
    }
  if (fd < 0)
    return -1;
  int e = fstat (fd, st) != 0 ? errno : S_ISREG (st->st_mode) ? 0 : EINVAL;
  if (e != 0)
    {
      close (fd);
      errno = e;
      return -1;
    }
  staged->fd = fd;
  return fd;
}

static int
commit_with_flags (struct staged_file *staged, char const *dest_base,
                   unsigned int flags)
{
  /* No need to block signals here: should one arrive between the rename
     and the unregistering, undoing finds the temporary name gone.  */
  if (renameatu (staged->dir_fd, staged->name, staged->dir_fd, dest_base,
                 flags)
      != 0)
    return -1;
  unregister_staged (staged);

  /* Renaming a name over another name of the same file does nothing
     and succeeds, so a linked or moved temporary may still be there.  */
  if (staged->linked)
    ignore_value (unlinkat (staged->dir_fd, staged->name, 0));
  close_staged_fd (staged);
  free (staged->name);
  staged->name = NULL;
  return 0;
}

int
staged_file_commit (struct staged_file *staged, char const *dest_base)
{
  return commit_with_flags (staged, dest_base, 0);
}

int
staged_file_commit_new (struct staged_file *staged, char const *dest_base)
{
  return commit_with_flags (staged, dest_base, RENAME_NOREPLACE);
}

void
staged_file_discard (struct staged_file *staged)
{
  int e = errno;
  close_staged_fd (staged);
  if (staged->name)
    {
      /* A signal arriving meanwhile undoes the same slot again, which
         then finds nothing to undo: no need to block signals.  */
      if (0 <= staged->slot)
        undo_slot (&registry[staged->slot]);
      unregister_staged (staged);
      free (staged->name);
      staged->name = NULL;
    }
  errno = e;
}
