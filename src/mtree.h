/* mtree.h: the mtree text format of manifests.
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

#ifndef AINSTALL_MTREE_H
#define AINSTALL_MTREE_H

#include <stdbool.h>
#include <stddef.h>

/* A manifest is an mtree(5) specification in the flavour of FreeBSD's
   METALOG: one line per entry, a path ("./usr/bin/foo") then keywords
   ("type=file mode=0755 ...").  A path or value that holds a byte that
   is not printable ASCII, a space, or one of # * = ? [ \ has that byte
   written as a backslash and three octal digits, as libarchive and
   FreeBSD's vis(3) write it; readers (bsdtar, makefs, mtree -f) decode
   it.  */

/* A growing text buffer.  */
struct mtree_buf
{
  char *data;
  size_t len;
  size_t size;
};

/* Append LEN bytes of TEXT, as they are, to BUF.  */
void mtree_append (struct mtree_buf *buf, char const *text, size_t len);

/* Append the string TEXT to BUF.  */
void mtree_append_str (struct mtree_buf *buf, char const *text);

/* Append to BUF the LEN bytes of TEXT escaped as an mtree path or
   value; escape the characters of EXTRA too (such as "," inside a
   comma-separated list), or none if EXTRA is NULL.  */
void mtree_escape (struct mtree_buf *buf, char const *text, size_t len,
                   char const *extra);

/* Decode, in place, the escapes of the string TEXT (\ooo, and the
   \s \t \n \r \\ \# that other writers use); return its new length.
   TEXT may then hold null bytes.  */
size_t mtree_unescape (char *text);

/* Split the next whitespace-separated field off *CURSOR, a line without
   its newline: end it with a null byte, advance *CURSOR past it, and
   return it; or return NULL at the end of the line.  */
char *mtree_next_field (char **cursor);

/* Split FIELD, "keyword=value", at its first '=': end the keyword there
   and return the value, or return NULL if FIELD has no '='.  */
char *mtree_split_keyword (char *field);

void mtree_buf_free (struct mtree_buf *buf);

#endif /* AINSTALL_MTREE_H */
