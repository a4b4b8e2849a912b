/* batch.h: --sync, installs parked until they are synced together.
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

#ifndef AINSTALL_BATCH_H
#define AINSTALL_BATCH_H

#include <stdbool.h>

#include "install-file.h"

struct install_state;

/* Under --sync, install_file stages a file completely (data, then
   attributes, its write-back started) and parks it here instead of
   committing it.  batch_flush then fsyncs every parked file, one after
   the other, then commits them all (the renames), then fsyncs the
   directories they went into (durable.h): the disk works for the whole
   batch at once, and a journal commit that the first fsync forces
   carries the others.  A batch holds a bounded number of files, so that
   descriptors never run out; it is flushed when full, at the end of the
   run, and by -R before a directory gets its timestamps.  Directories
   are synced at the end of the run, once each.  */

/* Return a copy of JOB that stays valid while it is parked: its names,
   its directories' status, and descriptors of its own.  */
struct install_job *batch_job_copy (struct install_job const *job);
void batch_job_free (struct install_job *job);

/* Whether a parked install goes to BASE in the directory DIR_FD: then the
   batch must be flushed before another install there is checked.  */
bool batch_holds (int dir_fd, char const *base);

/* Park S, whose job is a batch_job_copy, allocated with xmalloc: the
   batch owns both from now on.  Flush first if the batch is full.
   Return false if that flush had a failure.  */
bool batch_park (struct install_state *s);

/* Sync, commit and finish every parked install.  Return false if any of
   it failed, after diagnostics.  */
bool batch_flush (void);

/* At the end of the run: flush the batch, then sync every directory
   changed (durable.h).  */
bool batch_finish (void);

#endif /* AINSTALL_BATCH_H */
