/* random-name.c: unpredictable characters for temporary names.
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

#include "random-name.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/random.h>

#include "tempname.h"

/* Names tried before giving up: as many as are worth trying when each
   of 62**6 names has the same chance.  */
enum { NAME_ATTEMPTS = 62 * 62 * 62 };

static char const letters[] =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* The pool, and how much of it is left.  */
static unsigned char pool[256];
static size_t pool_left;

/* Return a random number below 62, unbiased (bytes of 248 and above,
   which would favour the first letters, are skipped); or -1 if the
   kernel gives no random bytes.  */
static int
random_below_62 (void)
{
  for (;;)
    {
      if (! pool_left)
        {
          ssize_t got;
          do
            got = getrandom (pool, sizeof pool, 0);
          while (got < 0 && errno == EINTR);
          if (got <= 0)
            return -1;
          pool_left = got;
        }
      unsigned char byte = pool[--pool_left];
      pool[pool_left] = 0;      /* Used: not kept in memory.  */
      if (byte < 248)
        return byte % 62;
    }
}

/* Overwrite the N bytes at CHARS with random letters and digits.
   Return false if the kernel gives no random bytes.  */
static bool
random_name_chars (char *chars, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      int r = random_below_62 ();
      if (r < 0)
        return false;
      chars[i] = letters[r];
    }
  return true;
}

int
random_name_try (char *tmpl, size_t n, void *arg,
                 int (*make) (char *, void *))
{
  char *chars = tmpl + strlen (tmpl) - n;
  for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++)
    {
      /* Without getrandom, gnulib's tempname finds other sources.  */
      if (! random_name_chars (chars, n))
        return try_tempname_len (tmpl, 0, arg, make, n);
      int saved_errno = errno;
      if (make (tmpl, arg) == 0)
        {
          errno = saved_errno;
          return 0;
        }
      if (errno != EEXIST)
        return -1;
    }
  errno = EEXIST;
  return -1;
}
