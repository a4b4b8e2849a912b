/* link-groups.h: hard-link groups of an image, kept in the merged tree.
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

#ifndef AINSTALL_LINK_GROUPS_H
#define AINSTALL_LINK_GROUPS_H

#include <stdbool.h>
#include <sys/stat.h>

/* Names of an image that share one inode must share one inode in the
   merged tree too.  The first name merged is installed as any file is;
   the others become hard links to what it was installed as.  That file
   is held by an O_PATH descriptor, not by its name, so that renaming
   anything in the tree meanwhile cannot make a later name link to
   another file; the descriptor is closed once every name of the image
   inode was seen.  */

struct link_groups;

struct link_groups *link_groups_new (void);
void link_groups_free (struct link_groups *groups);

/* Return true if IMAGE_ST is the inode of a group already seen: in
   rename mode its link count may have dropped to 1 meanwhile, since its
   other names were moved or removed.  */
bool link_groups_has (struct link_groups const *groups,
                      struct stat const *image_st);

/* Return a descriptor of what the first name of the image inode IMAGE_ST
   was installed as, or -1 if none was yet.  The descriptor belongs to
   GROUPS.  */
int link_groups_find (struct link_groups const *groups,
                      struct stat const *image_st);

/* Record that a name of the image inode IMAGE_ST was merged.  If it is
   the first, INSTALLED_FD (an O_PATH descriptor of the installed file,
   which GROUPS takes over; or -1 if it could not be installed) becomes
   the group's.  Once all of the image inode's names were seen, the
   group is forgotten.  */
void link_groups_add (struct link_groups *groups,
                      struct stat const *image_st, int installed_fd);

#endif /* AINSTALL_LINK_GROUPS_H */
