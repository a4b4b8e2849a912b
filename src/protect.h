/* protect.h: configuration protection, as in Portage's CONFIG_PROTECT.
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

#ifndef AINSTALL_PROTECT_H
#define AINSTALL_PROTECT_H

#include <stdbool.h>
#include <stddef.h>

/* An administrator edits files under /etc; an update of the package
   must not overwrite them.  A merge (-R) with --protect=DIR writes the
   new version of a protected file that exists with other content beside
   it, as "._cfgNNNN_NAME", for etc-update and dispatch-conf to offer.

   Which files are protected follows Portage's CONFIG_PROTECT and
   CONFIG_PROTECT_MASK: an entry names a directory, which covers
   everything below it, or a file.  Names are seen from the merge's root
   ("/etc").  A file is protected if the longest entry that covers it
   comes from --protect; a --protect-mask entry of the same length wins.
   (Portage's own test depends on the order of its lists; the longest
   entry is what its documentation describes.)  Empty files whose name
   starts with ".keep" are never protected: they only keep directories.  */

struct protect_list
{
  char const **entries;     /* Absolute names, as seen from the root.  */
  size_t n_entries;
};

/* Add ENTRY to LIST, normalized: no trailing or repeated slashes, and a
   leading one.  */
void protect_list_add (struct protect_list *list, char const *entry);

/* Return true if the file named NAME (absolute, seen from the merge's
   root) is protected by PROTECT less MASK.  */
bool protect_covers (struct protect_list const *protect,
                     struct protect_list const *mask, char const *name);

/* Return true if a file whose last component is BASE and whose size is
   SIZE is exempt from protection.  */
bool protect_exempt (char const *base, long long size);

/* Is a candidate ._cfg name already the new version?  */
typedef bool (*protect_same_fn) (int dir_fd, char const *name, void *arg);

/* Set *NAME to the malloc'd name, in DIR_FD, that a protected update of
   BASE goes to: an existing "._cfgNNNN_BASE" for which SAME (with ARG)
   says it already holds the new version, with *ALREADY set; else the
   first free NNNN from 0000.  Return 0, or -1 with errno set.  */
int protect_update_name (int dir_fd, char const *base, protect_same_fn same,
                         void *arg, char **name, bool *already);

#endif /* AINSTALL_PROTECT_H */
