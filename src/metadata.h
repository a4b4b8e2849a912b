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
  struct stat const *st;     /* Its status now.  */
  char const *dest_name;     /* The destination, for diagnostics.  */
  char const *label;         /* A context to set through FD, or NULL
                                when it was set at creation.  */
  bool times_required;       /* -p failures are errors, not warnings.  */
  bool may_have_acl;         /* It may have inherited an ACL.  */
};

/* Return false if no new file in the directory DIR_FD can inherit an
   ACL, true if one may.  */
bool directory_passes_acl (int dir_fd);

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

/* Give TARGET everything OPTS ask for, taking timestamps from SRC_ST, in
   an order that loses nothing: owner and group first (chown clears the
   set-user-ID and set-group-ID bits), then the mode, then the label,
   then the timestamps, last, after every change that could touch them.
   Print GNU install's diagnostic and return false on failure.  */
bool metadata_apply (struct install_options const *opts,
                     struct metadata_target const *target,
                     struct stat const *src_st);

#endif /* AINSTALL_METADATA_H */
