/* installed.h: the files this run has installed.
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

#ifndef AINSTALL_INSTALLED_H
#define AINSTALL_INSTALLED_H

#include <stdbool.h>
#include <sys/stat.h>

/* GNU install refuses to replace, in one run, a file it has just
   installed into a target directory ("will not overwrite just-created"):
   two sources with the same last component would otherwise silently
   leave only the last.  This set remembers each installed file by its
   name in the target directory, device and inode.  */

struct installed_set;

struct installed_set *installed_set_new (void);
void installed_set_free (struct installed_set *set);

/* Remember that NAME, whose status is ST, was installed.  */
void installed_set_add (struct installed_set *set, char const *name,
                        struct stat const *st);

/* Return true if NAME with status ST was installed by this run.  */
bool installed_set_has (struct installed_set const *set, char const *name,
                        struct stat const *st);

#endif /* AINSTALL_INSTALLED_H */
