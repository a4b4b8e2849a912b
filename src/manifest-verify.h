/* manifest-verify.h: --verify, checking a tree against a manifest.
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

#ifndef AINSTALL_MANIFEST_VERIFY_H
#define AINSTALL_MANIFEST_VERIFY_H

#include <stdbool.h>

/* "ainstall --verify=MANIFEST [ROOT]": check every entry of MANIFEST
   (an mtree specification as --manifest writes it, or as FreeBSD's
   install -M does) against the tree under ROOT.  Print one line per
   difference on standard output:
     PATH: KEYWORD expected X, found Y
     PATH: missing
   where PATH is the entry's path as the manifest writes it.  Return
   true if every entry matched and no error was reported.  */
bool verify_manifest (char const *manifest, char const *root);

#endif /* AINSTALL_MANIFEST_VERIFY_H */
