/* optional-libs.c: libraries loaded only when a run needs them.
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

#include "optional-libs.h"

#include <dlfcn.h>

#include "system.h"

/* Return dlerror's REASON without the file name it may start with (the
   library's, which the diagnostic names already).  */
static char const *
without_file_name (char const *reason, char const *soname)
{
  char const *colon = strstr (reason, ": ");
  size_t len = strlen (soname);
  if (colon && len <= (size_t) (colon - reason)
      && memcmp (colon - len, soname, len) == 0)
    return colon + 2;
  return reason;
}

/* Open LIB and look up its functions.  Return NULL, or why not.  */
static char const *
open_lib (struct optional_lib *lib)
{
  void *handle = dlopen (lib->soname, RTLD_LAZY | RTLD_LOCAL);
  if (! handle)
    return dlerror ();
  for (size_t i = 0; i < lib->count; i++)
    {
      dlerror ();
      lib->addresses[i] = dlsym (handle, lib->names[i]);
      if (! lib->addresses[i])
        {
          char const *reason = dlerror ();
          /* An older library than the one ainstall was built with.  */
          if (! reason)
            reason = lib->names[i];
          dlclose (handle);
          return reason;
        }
    }
  return NULL;
}

bool
optional_lib_load (struct optional_lib *lib)
{
  if (lib->state == 0)
    {
      char const *reason = open_lib (lib);
      lib->state = reason ? -1 : 1;
      if (reason)
        error (0, 0, _("cannot load %s: %s: %s"), lib->soname,
               without_file_name (reason, lib->soname), _(lib->lacking));
    }
  if (lib->state < 0)
    errno = ENOTSUP;
  return 0 < lib->state;
}
