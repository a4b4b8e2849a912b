/* random-name.h: unpredictable characters for temporary names.
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

#ifndef AINSTALL_RANDOM_NAME_H
#define AINSTALL_RANDOM_NAME_H

#include <stdbool.h>
#include <stddef.h>

/* Temporary names must be unpredictable, or another user could put
   something under the next one first.  gnulib's tempname asks the
   kernel for fresh random bytes for every name: a system call for each
   installed file.  These come from a pool of random bytes that one
   getrandom call fills for many names, as unpredictable.  */

/* Make a name from TEMPLATE, which ends in N 'X's, that MAKE (given ARG)
   can create: fill the 'X's, call MAKE, and try again with other
   characters while MAKE fails with EEXIST.  Return 0, or -1 with errno
   set (EEXIST when no free name was found).  */
int random_name_try (char *tmpl, size_t n, void *arg,
                     int (*make) (char *, void *));

#endif /* AINSTALL_RANDOM_NAME_H */
