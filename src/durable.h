/* durable.h: --sync, what must reach stable storage, and when.
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

#ifndef AINSTALL_DURABLE_H
#define AINSTALL_DURABLE_H

#include <stdbool.h>

/* A rename protects readers, not a power cut: without --sync, a crash
   right after ainstall may leave a destination empty or old, on XFS and
   btrfs more than on ext4.  With --sync, when ainstall exits 0, every
   file it installed, directory it made and directory entry it changed
   is on stable storage.  A staged file is complete (data, then
   attributes) and fsynced before its rename; each directory that an
   install changed is fsynced once the renames into it are done.

   The cost is in waiting for the disk, so the waits are shared, as dpkg
   shares them: the write-back of each staged file starts as soon as its
   data is written (durable_start), the files of a batch (batch.h) are
   fsynced one after the other (a journal commit that the first forces
   carries the others), then renamed, then their directories are
   fsynced together (durable_flush_dirs).  */

/* Start writing back the data of the file open as FD, without waiting.  */
void durable_start (int fd);

/* Note that an entry of the directory DIR_FD changed (a rename, a link,
   a new directory): it is fsynced at the next durable_flush_dirs, or
   earlier when many directories wait.  NAME names it in diagnostics.  */
void durable_dir_changed (int dir_fd, char const *name);

/* Likewise for the directory DIR_FD of the file named SOURCE.  */
void durable_source_dir_changed (int dir_fd, char const *source);

/* fsync every directory noted since the last call, and forget them.
   Return false after a diagnostic if one could not be.  */
bool durable_flush_dirs (void);

#endif /* AINSTALL_DURABLE_H */
