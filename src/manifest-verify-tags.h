/* manifest-verify-tags.h: checking the tags of a manifest's entries.
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

#ifndef AINSTALL_MANIFEST_VERIFY_TAGS_H
#define AINSTALL_MANIFEST_VERIFY_TAGS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>

#include "manifest-reader.h"

/* Private to --verify.  manifest-verify.c checks an entry's keywords;
   the tags= keyword, which holds capabilities, a context and extended
   attributes (manifest-reader.h), is checked in manifest-verify-tags.c.
   The tag checks look at the entry and report through the functions
   below, so that every difference and error is reported one way.  */

/* The state of one run of --verify: only manifest-verify.c looks
   inside.  */
struct verify;

/* What an entry names under ROOT.  */
struct found
{
  struct entry const *entry;
  int fd;                       /* O_PATH, on the entry itself.  */
  int read_fd;                  /* For reading, once needed; or -1.  */
  bool read_failed;             /* Opening it failed, and was reported.  */
  struct stat st;
};

/* Check the tags of S, the tags= of F's entry.  */
void check_tags (struct verify *v, struct found *f, struct setting const *s);

/* From manifest-verify.c.  */

/* Return a descriptor open for reading on F, a regular file or a
   directory, or -1 after a diagnostic.  It is reopened from F->fd, so it
   is the very file looked at.  */
int found_read_fd (struct verify *v, struct found *f);

/* Report the error ERRNUM about the entry E; FORMAT has one %s, for the
   entry's file name.  */
void entry_error (struct verify *v, struct entry const *e, int errnum,
                  char const *format);

/* Report, with errno, that F's extended attribute NAME cannot be
   read.  */
void xattr_error (struct verify *v, struct found const *f,
                  char const *name);

/* Report that F's KEYWORD is FOUND where the manifest says EXPECTED,
   values that may hold any byte: they are escaped as a manifest writes
   them, with the characters of EXTRA too (as mtree_escape).  */
void report_text_difference (struct verify *v, struct found const *f,
                             char const *keyword,
                             char const *expected, size_t expected_len,
                             char const *found, size_t found_len,
                             char const *extra);

static inline bool
same_bytes (char const *a, size_t a_len, char const *b, size_t b_len)
{
  return a_len == b_len && memcmp (a, b, a_len) == 0;
}

#endif /* AINSTALL_MANIFEST_VERIFY_TAGS_H */
