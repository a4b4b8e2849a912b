/* metadata.h: the attributes a staged file gets before it is committed.
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

#ifndef AINSTALL_METADATA_H
#define AINSTALL_METADATA_H

#include <stdbool.h>
#include <sys/stat.h>

#include "options.h"

/* The staged file whose attributes are being set.  */
struct metadata_target
{
  int fd;                    /* Open on the staged file.  */
  struct stat const *st;     /* Its status now...  */
  bool mode_known;           /* ...whose mode is the file's; else only
                                the mode it was created with, which an
                                inherited default ACL may have changed.  */
  char const *dest_name;     /* The destination, for diagnostics.  */
  char const *label;         /* A context to set through FD, or NULL
                                when it was set at creation.  */
  bool times_required;       /* -p failures are errors, not warnings.  */
  bool skip_times;           /* Leave the timestamps for later (a
                                directory still to be filled).  */
  bool skip_mode;            /* Likewise for the mode.  */
  bool may_have_acl;         /* It may have inherited an ACL.  */
};

/* The file the attributes may come from.  */
struct metadata_source
{
  int fd;                    /* Open on the source, or -1.  */
  char const *name;          /* As the user named it.  */
  struct stat const *st;     /* Its status, symlinks followed.  */
};

/* The mode, owner and group that OPTS give a file installed from a source
   whose status is SRC_ST: -m, -o and -g, else the source's under
   --preserve, else GNU install's defaults (rwxr-xr-x, and (uid_t) -1 and
   (gid_t) -1 for "as created").  */
mode_t wanted_file_mode (struct install_options const *opts,
                         struct stat const *src_st);
uid_t wanted_owner (struct install_options const *opts,
                    struct stat const *src_st);
gid_t wanted_group (struct install_options const *opts,
                    struct stat const *src_st);

/* Return true if OPTS ask a file that is its own source (link and rename
   modes) for nothing it has not already: its own owner, group, mode,
   timestamps and attributes, and no label.  */
bool metadata_keeps_source (struct install_options const *opts);

/* Return false if no new file in the directory DIR_FD can inherit an
   ACL, true if one may.  */
bool directory_passes_acl (int dir_fd);

/* Give TARGET everything OPTS ask for, some of it taken from SOURCE, in
   the one order that loses nothing (see metadata.c).  Print GNU
   install's diagnostic, or ainstall's for its own options, and return
   false on failure.  */
bool metadata_apply (struct install_options const *opts,
                     struct metadata_target const *target,
                     struct metadata_source const *source);

#endif /* AINSTALL_METADATA_H */
