/* tree-prefetch.c: -R, reading the image's files ahead of the merge.
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

#include "tree-merge.h"

#include <limits.h>
#include <sys/resource.h>

#include "system.h"
#include "minmax.h"
#include "trusted-path.h"

/* A merge from a cold cache spends most of its time waiting for the
   image's files to be read, one after the other, as "cp -a" does.  So
   while one file is copied, the next few of its directory are opened
   and the kernel is asked for their data (POSIX_FADV_WILLNEED starts
   the reads without waiting for them): the disk then serves many reads
   at once.  The descriptor is opened exactly as install_file would open
   the file, and handed to it, so that reading ahead costs a warm merge
   nothing; install_file checks it as it checks its own.  */

/* Files read ahead in one directory at the most, and the data asked
   for in each: enough to keep a disk busy, not enough to push what
   is being copied out of the cache.  */
enum { AHEAD_PER_DIR = 16 };
enum { AHEAD_BYTES = 4 << 20 };

/* The descriptors held at once, in the whole merge, at the most; and
   how many descriptors must stay free, below the limit, for the merge's
   own work (a file needs three; each directory level two).  A merge
   must never fail for lack of descriptors that reading ahead took.  */
enum { AHEAD_FDS_MAX = 128 };
enum { FDS_KEPT_FREE = 32 };

void
tree_prefetch_init (struct tree_merge *m)
{
  struct rlimit rl;
  m->ahead_max = AHEAD_FDS_MAX;
  m->ahead_fd_ceiling = INT_MAX;
  if (getrlimit (RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    m->ahead_fd_ceiling = (rl.rlim_cur < FDS_KEPT_FREE ? 0
                           : MIN (rl.rlim_cur - FDS_KEPT_FREE, INT_MAX));
  m->ahead_held = 0;
}

void
tree_prefetch_dir (struct tree_merge *m, FTSENT *ent, struct tree_dir *dir)
{
  dir->ahead = NULL;
  dir->ahead_held = 0;
  /* Link and rename modes read nothing on one file system.  In a
     directory that others may write, a source is opened only once seen
     to be a regular file (open_regular_at), not ahead.  The top of the
     image is walked through a /proc name that fts_children cannot enter
     again (it would not follow it); its entries are mostly directories
     anyway.  */
  if ((m->opts->merge_mode != MERGE_COPY
       && ent->fts_statp->st_dev == dir->st.st_dev)
      || ent->fts_level == FTS_ROOTLEVEL || m->ahead_fd_ceiling == 0
      || ! trusted_dir (ent->fts_statp))
    return;
  dir->ahead = fts_children (m->fts, 0);
}

/* Open the regular file ENT (of the directory fts is in) and ask for
   its data.  */
static void
read_ahead (struct tree_merge *m, FTSENT *ent)
{
  off_t size = ent->fts_statp->st_size;
  if (ent->fts_info != FTS_F || size == 0 || ent->fts_number != 0)
    return;
  int fd = openat (m->fts->fts_cwd_fd, ent->fts_accpath, TREE_SOURCE_FLAGS);
  if (fd < 0)
    return;
  /* Descriptors are handed out lowest first: a high one means that the
     merge itself holds many (a deep image, a low limit).  */
  if (m->ahead_fd_ceiling <= fd)
    {
      close (fd);
      return;
    }
  posix_fadvise (fd, 0, MIN (size, AHEAD_BYTES), POSIX_FADV_WILLNEED);
  ent->fts_number = fd + 1;
  m->ahead_held++;
}

int
tree_prefetch_take (struct tree_merge *m, FTSENT *ent)
{
  struct tree_dir *dir = &m->dirs[ent->fts_level - 1];
  int fd = ent->fts_number - 1;
  ent->fts_number = 0;
  if (0 <= fd)
    {
      m->ahead_held--;
      dir->ahead_held--;
    }
  if (dir->ahead == ent)
    dir->ahead = ent->fts_link;
  while (dir->ahead && dir->ahead_held < AHEAD_PER_DIR
         && m->ahead_held < m->ahead_max)
    {
      size_t held = m->ahead_held;
      read_ahead (m, dir->ahead);
      dir->ahead_held += m->ahead_held - held;
      dir->ahead = dir->ahead->fts_link;
    }
  return fd;
}
