/* owner.h: user and group operands of -o and -g.
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

#ifndef AINSTALL_OWNER_H
#define AINSTALL_OWNER_H

#include <sys/types.h>

/* Return the user ID that NAME, a user name or a number, stands for.
   Exit with GNU install's diagnostic if it stands for none.  */
uid_t resolve_owner (char const *name);

/* Likewise for a group.  */
gid_t resolve_group (char const *name);

#endif /* AINSTALL_OWNER_H */
