/* owner.c: user and group operands of -o and -g.
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

#include <config.h>

#include "owner.h"

#include <grp.h>
#include <pwd.h>

#include "system.h"
#include "intprops.h"
#include "xstrtol.h"

/* Return true and set *ID if NAME is a decimal, octal or hex number that
   fits in an ID type whose largest value is MAX.  Names take precedence
   over numbers, as in GNU install.  */
static bool
parse_numeric_id (char const *name, uintmax_t max, uintmax_t *id)
{
  return (xstrtoumax (name, NULL, 0, id, "") == LONGINT_OK && *id <= max);
}

uid_t
resolve_owner (char const *name)
{
  struct passwd const *pw = getpwnam (name);
  uid_t uid;
  if (pw)
    uid = pw->pw_uid;
  else
    {
      uintmax_t n;
      if (! parse_numeric_id (name, TYPE_MAXIMUM (uid_t), &n))
        error (EXIT_FAILURE, 0, _("invalid user %s"), quoteaf (name));
      uid = n;
    }
  endpwent ();
  return uid;
}

gid_t
resolve_group (char const *name)
{
  struct group const *gr = getgrnam (name);
  gid_t gid;
  if (gr)
    gid = gr->gr_gid;
  else
    {
      uintmax_t n;
      if (! parse_numeric_id (name, TYPE_MAXIMUM (gid_t), &n))
        error (EXIT_FAILURE, 0, _("invalid group %s"), quoteaf (name));
      gid = n;
    }
  endgrent ();
  return gid;
}
