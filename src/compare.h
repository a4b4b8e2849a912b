/* compare.h: -C, leaving an identical destination alone.
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

#ifndef AINSTALL_COMPARE_H
#define AINSTALL_COMPARE_H

#include <stdbool.h>
#include <sys/stat.h>

#include "options.h"

/* Return true if the existing destination DEST_BASE in DIR_FD, whose
   status is DEST_ST, is already what installing the source open as
   SRC_FD (status SRC_ST, symlinks followed) would make it, by GNU
   install's measure: both regular files without special mode bits, the
   same size and content, the mode OPTS ask for, the owner and group OPTS
   ask for (else the caller's real IDs, or the source's own if
   SOURCE_INODE_KEPT, as in link and rename modes), and the SELinux
   context, capabilities, extended attributes and ACL that OPTS ask to set
   or keep.  DEST_NAME names the destination for label lookups.  Any
   doubt, such as a file that cannot be read, means "not identical".
   SRC_FD's offset does not move.  */
bool destination_is_current (struct install_options const *opts,
                             int src_fd, struct stat const *src_st,
                             bool source_inode_kept, int dir_fd,
                             char const *dest_base, char const *dest_name,
                             struct stat const *dest_st);

/* Return true if the files A_FD and B_FD have the same content, reading
   both from their start without moving their offsets: the source's
   descriptor is read again, from its offset, if a copy is needed.  */
bool compare_content (int a_fd, int b_fd);

#endif /* AINSTALL_COMPARE_H */
