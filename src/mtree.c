/* mtree.c: the mtree text format of manifests.
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

#include "mtree.h"

#include "system.h"

void
mtree_append (struct mtree_buf *buf, char const *text, size_t len)
{
  if (buf->size - buf->len < len + 1)
    {
      buf->size = buf->len + len + 1 < 2 * buf->size
                  ? 2 * buf->size : buf->len + len + 1 + 256;
      buf->data = xrealloc (buf->data, buf->size);
    }
  memcpy (buf->data + buf->len, text, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
}

void
mtree_append_str (struct mtree_buf *buf, char const *text)
{
  mtree_append (buf, text, strlen (text));
}

/* Whether the byte C must be escaped: libarchive's writer escapes
   these, and its reader and FreeBSD's decode them.  */
static bool
needs_escape (unsigned char c, char const *extra)
{
  return (c <= ' ' || 0x7f <= c || strchr ("#*=?[\\", c)
          || (extra && strchr (extra, c)));
}

void
mtree_escape (struct mtree_buf *buf, char const *text, size_t len,
              char const *extra)
{
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = text[i];
      if (! needs_escape (c, extra))
        mtree_append (buf, (char const *) &c, 1);
      else
        {
          char octal[5] = { '\\', '0' + (c >> 6), '0' + ((c >> 3) & 7),
                            '0' + (c & 7), '\0' };
          mtree_append (buf, octal, 4);
        }
    }
}

static bool
is_octal (char c)
{
  return '0' <= c && c <= '7';
}

size_t
mtree_unescape (char *text)
{
  char *out = text;
  for (char const *p = text; *p; )
    {
      if (*p != '\\' || ! p[1])
        {
          *out++ = *p++;
          continue;
        }
      if (is_octal (p[1]) && is_octal (p[2]) && is_octal (p[3]))
        {
          *out++ = ((p[1] - '0') << 6) | ((p[2] - '0') << 3) | (p[3] - '0');
          p += 4;
          continue;
        }
      switch (p[1])
        {
        case 's': *out++ = ' '; break;
        case 't': *out++ = '\t'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        default: *out++ = p[1]; break;
        }
      p += 2;
    }
  *out = '\0';
  return out - text;
}

char *
mtree_next_field (char **cursor)
{
  char *p = *cursor;
  while (*p == ' ' || *p == '\t')
    p++;
  if (! *p)
    {
      *cursor = p;
      return NULL;
    }
  char *field = p;
  while (*p && *p != ' ' && *p != '\t')
    p++;
  if (*p)
    *p++ = '\0';
  *cursor = p;
  return field;
}

char *
mtree_split_keyword (char *field)
{
  char *eq = strchr (field, '=');
  if (! eq)
    return NULL;
  *eq = '\0';
  return eq + 1;
}

void
mtree_buf_free (struct mtree_buf *buf)
{
  free (buf->data);
  *buf = (struct mtree_buf) { NULL, 0, 0 };
}
