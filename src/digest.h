/* digest.h: digests of installed content, for manifests.
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

#ifndef AINSTALL_DIGEST_H
#define AINSTALL_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "sha256.h"
#include "sha512.h"

/* --digest: which digest a manifest records, as FreeBSD's install -h
   does, under mtree's keywords.  */
enum digest_kind
{
  DIGEST_NONE,
  DIGEST_SHA256,        /* sha256digest= */
  DIGEST_SHA512         /* sha512digest= */
};

/* The longest digest, in hexadecimal, with its null byte.  */
enum { DIGEST_HEX_SIZE = 2 * SHA512_DIGEST_SIZE + 1 };

/* A digest being computed.  */
struct digest
{
  enum digest_kind kind;
  union
  {
    struct sha256_ctx sha256;
    struct sha512_ctx sha512;
  } ctx;
};

/* Start a digest of KIND (not DIGEST_NONE).  */
void digest_init (struct digest *d, enum digest_kind kind);

/* Add LEN bytes of DATA.  */
void digest_update (struct digest *d, void const *data, size_t len);

/* Add what is left to read of the file open as FD, from its current
   offset to its end.  Return 0, or -1 with errno set.  */
int digest_read (struct digest *d, int fd);

/* End D, and write its value into HEX (DIGEST_HEX_SIZE bytes) in
   lowercase hexadecimal.  */
void digest_finish (struct digest *d, char *hex);

/* The mtree keyword of KIND: "sha256digest", "sha512digest".  */
char const *digest_keyword (enum digest_kind kind);

#endif /* AINSTALL_DIGEST_H */
