/* manifest-reader.h: reading the manifest that --verify checks.
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

#ifndef AINSTALL_MANIFEST_READER_H
#define AINSTALL_MANIFEST_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "idx.h"

/* Private to --verify: manifest-reader.c reads a manifest (mtree.h)
   into entries, and manifest-verify*.c check them against a tree.

   Every value is checked as it is read, and kept as the manifest writes
   it: a difference is reported in the manifest's own words ("sha256" or
   "sha256digest", "native,8,1" or a dev_t), so the checker parses a
   value again, with the functions below, when it compares it.  */

/* The keywords that are checked, in the order their differences are
   printed.  Any other keyword is ignored: mtree files from elsewhere
   carry flags=, nlink=, cksum= and others.  */
enum key
{
  KEY_TYPE, KEY_UNAME, KEY_UID, KEY_GNAME, KEY_GID, KEY_MODE, KEY_SIZE,
  KEY_TIME, KEY_LINK, KEY_DEVICE, KEY_SHA256, KEY_SHA512, KEY_TAGS,
  KEY_COUNT
};

/* One keyword of an entry, its value as the manifest writes it.  */
struct setting
{
  char const *keyword;          /* As written: "sha256" or "sha256digest".  */
  char *value;                  /* Still escaped; NULL if not given.  */
};

/* One entry line, with the defaults of the "/set" lines before it.  */
struct entry
{
  char *path;                   /* As written, for the report.  */
  char *name;                   /* Decoded, relative to ROOT, or ".".  */
  bool replaced;                /* A later entry has the same name.  */
  struct setting settings[KEY_COUNT];
};

/* A manifest as read: its entries in the order of their lines.  */
struct manifest
{
  struct entry *entries;
  idx_t n_entries;
  bool valid;                   /* No line was reported as invalid.  */
};

/* Read the manifest FILE, open as STREAM, into *M, and close STREAM.
   Report each invalid line and read on, so that every line is checked;
   M->valid then says whether any was invalid.  Mark each entry that a
   later entry for the same name replaces: a file installed twice has
   two entries, and only the last says what the tree should hold.
   Return false after a diagnostic if STREAM could not be read to its
   end: an entry missing from a manifest read in part would pass, so
   none of *M may be checked.  Free *M with free_manifest either way.  */
bool read_manifest (char const *file, FILE *stream, struct manifest *m);

void free_manifest (struct manifest *m);

/* Parsing values, as the reader validated them.  Each returns false if
   TEXT is not a valid value.  */

/* A decimal number: uid=, gid=, size=.  */
bool parse_decimal (char const *text, uintmax_t *value);

/* type=: a word ("file", "dir", "link"...), as a file type (S_IFMT).  */
bool parse_type (char const *text, mode_t *type);

/* The type= word of the file type of MODE, or "unknown".  */
char const *type_word (mode_t mode);

/* mode=: an octal mode, the permissions and the set-ID and sticky bits.  */
bool parse_mode (char const *text, mode_t *mode);

/* time=: "SECONDS.NANOSECONDS", or "SECONDS".  */
bool parse_time (char const *text, struct timespec *t);

/* device=: "FORMAT,MAJOR,MINOR" (mtree's "native,8,1"), or a number,
   the whole dev_t.  The format is kept so that a difference is
   reported in the form the manifest wrote.  */
struct device
{
  char const *format;           /* Not null-terminated; NULL if none.  */
  size_t format_len;
  uintmax_t major;
  uintmax_t minor;
};
bool parse_device (char const *text, struct device *d);

/* "0x" and the bytes of an attribute value in hexadecimal: set *BYTES
   (malloc'd) and *LEN.  */
bool parse_hex (char const *text, char **bytes, size_t *len);

/* Copy the digest TEXT for KEY (KEY_SHA256 or KEY_SHA512) into HEX
   (DIGEST_HEX_SIZE bytes, digest.h), in lowercase as digest_finish
   writes it.  */
bool parse_digest (enum key key, char const *text, char *hex);

/* Tags: "tags=" is a comma-separated list; the ones ainstall writes say
   what keywords cannot: "ainstall.caps=TEXT", "ainstall.context=CONTEXT"
   and "ainstall.xattr.NAME=0xHEX" (manifest.h).  Others are ignored.  */

enum tag_kind { TAG_OTHER, TAG_CAPS, TAG_CONTEXT, TAG_XATTR };

/* What the name of a TAG_XATTR tag starts with; the rest is the
   attribute's name.  */
#define XATTR_TAG_PREFIX "ainstall.xattr."

struct tag
{
  enum tag_kind kind;
  char *name;                   /* Decoded.  */
  char *value;                  /* Decoded; "" if none.  */
  size_t value_len;
  bool has_value;               /* The tag has a "=".  */
};

/* Split the next tag off *CURSOR, in a modifiable copy of a list of
   tags, into *TAG; return false at the end of the list.  The list is
   split at its commas before anything is decoded, and a tag at its first
   "=", which a writer may have escaped along with the rest.  */
bool next_tag (char **cursor, struct tag *tag);

#endif /* AINSTALL_MANIFEST_READER_H */
