/* swap-names: exchange two names, again and again, for the test suite.
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

/* A test of a race plays the attacker with this program: it swaps the
   names A and B atomically, with renameat2 (RENAME_EXCHANGE), so that
   each of them always names something, now one file, now the other.

   Usage: swap-names A B [COUNT]

   With COUNT, it makes COUNT exchanges and exits 0 (an even COUNT leaves
   the names as they were); without, it goes on until killed.  It exits
   77 (the test suite's "skip") when the system cannot exchange names:
   no renameat2, or a file system without RENAME_EXCHANGE; 1 on any other
   failure; 2 on a usage error.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef RENAME_EXCHANGE
# define RENAME_EXCHANGE (1 << 1)
#endif

enum { EXIT_UNSUPPORTED = 77, EXIT_USAGE = 2 };

static int
unsupported (int err)
{
  return (err == ENOSYS || err == EINVAL || err == ENOTSUP
          || err == EOPNOTSUPP);
}

int
main (int argc, char **argv)
{
  if (argc != 3 && argc != 4)
    {
      fputs ("usage: swap-names A B [COUNT]\n", stderr);
      return EXIT_USAGE;
    }
  char const *a = argv[1];
  char const *b = argv[2];
  long count = -1;
  if (argc == 4)
    {
      char *end;
      errno = 0;
      count = strtol (argv[3], &end, 10);
      if (errno || end == argv[3] || *end || count < 0)
        {
          fprintf (stderr, "swap-names: invalid count: %s\n", argv[3]);
          return EXIT_USAGE;
        }
    }

  for (long done = 0; count < 0 || done < count; done++)
    if (renameat2 (AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) != 0)
      {
        int e = errno;
        fprintf (stderr, "swap-names: cannot exchange %s and %s: %s\n",
                 a, b, strerror (e));
        return unsupported (e) ? EXIT_UNSUPPORTED : EXIT_FAILURE;
      }
  return EXIT_SUCCESS;
}
