/* durable.c: --sync, what must reach stable storage, and when.
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

#include "durable.h"

#include "system.h"
#include "dirname.h"
#include "hash.h"

/* A directory to fsync, held open; one entry per directory, however
   many of its entries changed.  */
struct dirty_dir
{
  dev_t dev;
  ino_t ino;
  int fd;                   /* Or -1, having failed with ERR.  */
  int err;
  char *name;
};

static Hash_table *dirty;

/* Directories held at once at the most: a merge of many directories
   syncs them in groups.  */
enum { DIRTY_MAX = 256 };

/* A sync of a directory failed in such a group: the next flush says so.  */
static bool group_failed;

static size_t
dirty_hash (void const *entry, size_t n_buckets)
{
  struct dirty_dir const *d = entry;
  return (d->ino ^ d->dev) % n_buckets;
}

static bool
dirty_equal (void const *a, void const *b)
{
  struct dirty_dir const *x = a, *y = b;
  return x->ino == y->ino && x->dev == y->dev;
}

void
durable_start (int fd)
{
  /* Where sync_file_range is not, a later fsync does all the work.  */
  sync_file_range (fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

void
durable_dir_changed (int dir_fd, char const *name)
{
  struct stat st;
  if (fstatat (dir_fd, ".", &st, 0) != 0)
    st.st_dev = st.st_ino = 0;  /* Flushing it will say why.  */
  if (! dirty)
    {
      dirty = hash_initialize (61, NULL, dirty_hash, dirty_equal, NULL);
      if (! dirty)
        xalloc_die ();
    }
  struct dirty_dir key = { .dev = st.st_dev, .ino = st.st_ino };
  if (hash_lookup (dirty, &key))
    return;
  if (DIRTY_MAX <= hash_get_n_entries (dirty))
    group_failed |= ! durable_flush_dirs ();
  struct dirty_dir *d = xmalloc (sizeof *d);
  *d = key;
  /* fsync needs a descriptor that is not O_PATH (DIR_FD may be).  */
  d->fd = openat (dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  d->err = errno;
  d->name = xstrdup (name);
  if (! hash_insert (dirty, d))
    xalloc_die ();
}

void
durable_source_dir_changed (int dir_fd, char const *source)
{
  char *dir = dir_name (source);
  durable_dir_changed (dir_fd, dir);
  free (dir);
}

/* fsync the directory ENTRY (for hash_do_for_each), and record a
   failure in *OK.  */
static bool
flush_dir (void *entry, void *ok)
{
  struct dirty_dir *d = entry;
  if (d->fd < 0 || fsync (d->fd) != 0)
    {
      error (0, d->fd < 0 ? d->err : errno, _("error syncing %s"),
             quoteaf (d->name));
      *(bool *) ok = false;
    }
  if (0 <= d->fd)
    close (d->fd);
  free (d->name);
  free (d);
  return true;
}

bool
durable_flush_dirs (void)
{
  bool ok = ! group_failed;
  group_failed = false;
  if (dirty)
    {
      hash_do_for_each (dirty, flush_dir, &ok);
      hash_clear (dirty);
    }
  return ok;
}
