/* install-file.h: installing one file, atomically.
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

#ifndef AINSTALL_INSTALL_FILE_H
#define AINSTALL_INSTALL_FILE_H

#include <fcntl.h>
#include <stdbool.h>

#include "installed.h"
#include "options.h"

/* One file to install: where it comes from and where it goes.  */
struct install_job
{
  char const *source;        /* As the user named it.  */
  char const *dest_name;     /* The destination, as diagnostics name it.  */
  char const *dest_dir_name; /* Its directory, likewise ("." if none).  */
  int dir_fd;                /* Its directory, or -1 if that could not be
                                opened; DIR_ERRNO then says why.  */
  int dir_errno;
  char const *dest_base;     /* Its name in DIR_FD.  */
  bool dir_passes_acl;       /* New files in DIR_FD may inherit an ACL
                                (a default ACL, or not known).  */
  struct stat const *dir_st; /* DIR_FD's status, if known (-R).  */
  dev_t dir_dev;             /* DIR_FD's device, if known, else 0: a copy
                                remembers there that reflinks fail.  */
  int src_dir_fd;            /* With SRC_BASE: the source is SRC_BASE in
                                this directory (-R); else SOURCE is its
                                name.  */
  char const *src_base;
  struct stat const *src_dir_st; /* SRC_DIR_FD's status, if known.  */
  struct stat const *src_lst;    /* SRC_BASE's own status, if known.  */
  bool src_path_untrusted;   /* With SRC_BASE: another user's symbolic
                                link may have led to SRC_DIR_FD.  */
  int link_to_fd;            /* -R: the source is a further name of a
                                hard-link group whose first name was
                                installed as this file (O_PATH); link it
                                there.  Else -1.  */
  int src_fd;                /* -R: SRC_BASE, opened by the walk (with
                                SOURCE_OPEN_FLAGS and O_NOFOLLOW) to read
                                it ahead; install_file checks it and
                                closes it.  Else -1.  */
  int *installed_fd;         /* -R, the first name of a hard-link group:
                                if not NULL, set to a descriptor of the
                                very file installed (never found again by
                                its name, which another user may have
                                changed since), or to -1.  */
};

/* --sync: commit S, which install_file parked in the batch (batch.h),
   its staged file synced if SYNCED (else that failed, reported); then
   free S and its job.  Return true if all went well.  */
struct install_state;
bool install_file_finish (struct install_state *s, bool synced);

/* How install_file opens a source: never waiting for a FIFO's writer
   (GNU install waits only where it would read one).  */
enum { SOURCE_OPEN_FLAGS = O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK };

/* Install JOB as OPTS ask.  The destination changes in one step, a
   rename, or not at all; on failure no temporary file remains.  Print
   GNU install's diagnostics and -v lines; return true if all went
   well.  INSTALLED is the set of files this run has installed into the
   same directory under names it may install again, or NULL if it installs
   each name once.  */
bool install_file (struct install_options const *opts,
                   struct install_job const *job,
                   struct installed_set *installed);

#endif /* AINSTALL_INSTALL_FILE_H */
