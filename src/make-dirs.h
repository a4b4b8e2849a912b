/* make-dirs.h: -d and -D, creating directories.
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

#ifndef AINSTALL_MAKE_DIRS_H
#define AINSTALL_MAKE_DIRS_H

#include <stdbool.h>

#include "options.h"

/* Directories are made one component at a time, relative to an open
   descriptor of the previous one, never through the working directory.
   A missing leading directory is made with mode rwxr-xr-x, as GNU
   install makes it.  Under -v each one made is announced as GNU
   install announces it.  */

/* How a failure to make a leading directory is worded.  */
enum dir_quoting
{
  DIR_QUOTE_LOCALE,     /* quote (), as GNU's install -d says it.  */
  DIR_QUOTE_SHELL       /* quoteaf (), as GNU's install -D says it.  */
};

/* -d: make DIR and any missing leading directories.  DIR itself gets
   OPTS' directory mode, owner, group and label before it appears under
   its name; an existing DIR is given them in place.  Print GNU's
   diagnostic and return false on failure.  */
bool make_directory (struct install_options const *opts, char const *dir);

/* -D: make the missing leading directories of FILE, that is every
   component but the last.  Print GNU's diagnostic, worded as QUOTING
   says, and return false on failure.  */
bool make_leading_directories (struct install_options const *opts,
                               char const *file, enum dir_quoting quoting);

#endif /* AINSTALL_MAKE_DIRS_H */
