/* with-merge-mode: run ainstall in a merge mode, for the test suite.
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

/* "make check-merge-modes" runs every test again in link and rename
   modes.  ainstall itself has no way to change its default mode, on
   purpose: a merge strategy belongs to the command that merges, not to
   every install of a build.  So the harness puts this program where the
   tests look for ainstall.  It runs the real program
   ($AINSTALL_TEST_PROGRAM) with "--merge-mode=$AINSTALL_TEST_MERGE_MODE"
   before the other arguments, and with its own argv[0], so that
   messages name the program exactly as the test invoked it.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  char const *program = getenv ("AINSTALL_TEST_PROGRAM");
  char const *mode = getenv ("AINSTALL_TEST_MERGE_MODE");
  if (! program || ! mode)
    {
      fputs ("with-merge-mode: AINSTALL_TEST_PROGRAM and "
             "AINSTALL_TEST_MERGE_MODE must be set\n", stderr);
      return 99;
    }
  static char const option[] = "--merge-mode=";
  char *mode_arg = malloc (sizeof option + strlen (mode));
  char **args = malloc ((argc + 2) * sizeof *args);
  if (! mode_arg || ! args)
    return 99;
  strcpy (stpcpy (mode_arg, option), mode);
  args[0] = argv[0];
  args[1] = mode_arg;
  memcpy (args + 2, argv + 1, argc * sizeof *args);
  execv (program, args);
  fprintf (stderr, "with-merge-mode: cannot run %s: %s\n", program,
           strerror (errno));
  return 127;
}
