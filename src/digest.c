/* digest.c: digests of installed content, for manifests.
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

#include "digest.h"

#include "system.h"
#include "safe-read.h"

void
digest_init (struct digest *d, enum digest_kind kind)
{
  d->kind = kind;
  if (kind == DIGEST_SHA512)
    sha512_init_ctx (&d->ctx.sha512);
  else
    sha256_init_ctx (&d->ctx.sha256);
}

void
digest_update (struct digest *d, void const *data, size_t len)
{
  if (d->kind == DIGEST_SHA512)
    sha512_process_bytes (data, len, &d->ctx.sha512);
  else
    sha256_process_bytes (data, len, &d->ctx.sha256);
}

int
digest_read (struct digest *d, int fd)
{
  enum { CHUNK = 128 * 1024 };
  char *buf = xmalloc (CHUNK);
  size_t n;
  while ((n = safe_read (fd, buf, CHUNK)) != 0 && n != SAFE_READ_ERROR)
    digest_update (d, buf, n);
  int e = errno;
  free (buf);
  errno = e;
  return n == SAFE_READ_ERROR ? -1 : 0;
}

void
digest_finish (struct digest *d, char *hex)
{
  unsigned char value[SHA512_DIGEST_SIZE];
  size_t size;
  if (d->kind == DIGEST_SHA512)
    {
      sha512_finish_ctx (&d->ctx.sha512, value);
      size = SHA512_DIGEST_SIZE;
    }
  else
    {
      sha256_finish_ctx (&d->ctx.sha256, value);
      size = SHA256_DIGEST_SIZE;
    }
  static char const digits[] = "0123456789abcdef";
  for (size_t i = 0; i < size; i++)
    {
      hex[2 * i] = digits[value[i] >> 4];
      hex[2 * i + 1] = digits[value[i] & 0xf];
    }
  hex[2 * size] = '\0';
}

char const *
digest_keyword (enum digest_kind kind)
{
  return kind == DIGEST_SHA512 ? "sha512digest" : "sha256digest";
}
