/* manifest-verify-tags.c: checking the tags of a manifest's entries.
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

#include "manifest-verify-tags.h"

#include "system.h"

#include <sys/xattr.h>

#include "file-caps.h"
#include "mtree.h"

/* Capabilities, the SELinux context and other extended attributes are
   read from the entry itself, never from what a symbolic link leads to:
   through /proc and the entry's O_PATH descriptor, or through a
   descriptor reopened from it.  */

/* Set *VALUE (malloc'd) and *LEN to F's extended attribute NAME, or
   *VALUE to NULL if F has none.  Return 0, or -1 with errno set.  */
static int
read_xattr (struct found const *f, char const *name, char **value,
            size_t *len)
{
  char file[PROC_FD_NAME_SIZE];
  proc_fd_name (file, f->fd);
  *value = NULL;
  *len = 0;
  /* Through /proc, getxattr reaches the entry itself, a symbolic link
     too.  The value may grow between the two calls; a buffer of size 0
     would ask for the size again.  */
  for (;;)
    {
      ssize_t size = getxattr (file, name, NULL, 0);
      if (size < 0)
        break;
      char *buf = xmalloc (size + 1);
      ssize_t got = getxattr (file, name, buf, size + 1);
      if (0 <= got)
        {
          *value = buf;
          *len = got;
          return 0;
        }
      free (buf);
      if (errno != ERANGE)
        break;
    }
  return errno == ENODATA || errno == ENOTSUP ? 0 : -1;
}

/* Return "0x" and LEN bytes of VALUE in hexadecimal, malloc'd.  */
static char *
to_hex (char const *value, size_t len)
{
  static char const digits[] = "0123456789abcdef";
  char *text = xmalloc (2 + 2 * len + 1);
  char *p = stpcpy (text, "0x");
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = value[i];
      *p++ = digits[c >> 4];
      *p++ = digits[c & 0xf];
    }
  *p = '\0';
  return text;
}

/* Report that the tag TAG_NAME is FOUND where the manifest says
   EXPECTED; all three as a list of tags writes them.  */
static void
report_tag_difference (struct verify *v, struct found const *f,
                       char const *tag_name,
                       char const *expected, size_t expected_len,
                       char const *found, size_t found_len)
{
  struct mtree_buf keyword = { NULL, 0, 0 };
  mtree_escape (&keyword, tag_name, strlen (tag_name), ",");
  report_text_difference (v, f, keyword.data, expected, expected_len,
                          found, found_len, ",");
  mtree_buf_free (&keyword);
}

/* ainstall.caps=TEXT, compared as capabilities (cap_net_raw+ep is
   cap_net_raw=ep), and both printed in the form caps_to_text gives.  */
static void
check_caps (struct verify *v, struct found *f, struct tag const *tag)
{
  struct file_caps *expected, *found = NULL;
  if (caps_from_text (tag->value, &expected) != 0)
    {
      entry_error (v, f->entry, errno,
                   _("cannot compare the capabilities of %s"));
      return;
    }
  /* Only a file that can be opened safely has capabilities that mean
     anything.  */
  if (S_ISREG (f->st.st_mode) || S_ISDIR (f->st.st_mode))
    {
      int fd = found_read_fd (v, f);
      if (fd < 0 || caps_get_fd (fd, &found) != 0)
        {
          if (0 <= fd)
            xattr_error (v, f, "security.capability");
          caps_free (expected);
          return;
        }
    }
  if (! caps_equal (expected, found))
    {
      char *e = caps_to_text (expected);
      char *g = caps_to_text (found);
      report_tag_difference (v, f, tag->name, e, strlen (e), g, strlen (g));
      free (e);
      free (g);
    }
  caps_free (expected);
  caps_free (found);
}

/* ainstall.context=CONTEXT: the security.selinux attribute, raw (even
   with SELinux disabled), without the null byte that ends it.  */
static void
check_context (struct verify *v, struct found const *f,
               struct tag const *tag)
{
  static char const attr[] = "security.selinux";
  char *found;
  size_t len;
  if (read_xattr (f, attr, &found, &len) != 0)
    {
      xattr_error (v, f, attr);
      return;
    }
  if (len && found[len - 1] == '\0')
    len--;
  if (! same_bytes (tag->value, tag->value_len, found ? found : "", len))
    report_tag_difference (v, f, tag->name, tag->value, tag->value_len,
                           found ? found : "", len);
  free (found);
}

/* ainstall.xattr.NAME=0xHEX: the attribute NAME, with that value.  */
static void
check_xattr (struct verify *v, struct found const *f,
             struct tag const *tag)
{
  char const *name = tag->name + sizeof XATTR_TAG_PREFIX - 1;
  char *expected, *found;
  size_t expected_len, found_len;
  if (! parse_hex (tag->value, &expected, &expected_len))
    return;
  if (read_xattr (f, name, &found, &found_len) != 0)
    xattr_error (v, f, name);
  else if (! found || ! same_bytes (expected, expected_len,
                                    found, found_len))
    {
      char *e = to_hex (expected, expected_len);
      char *g = found ? to_hex (found, found_len) : xstrdup ("");
      report_tag_difference (v, f, tag->name, e, strlen (e), g, strlen (g));
      free (e);
      free (g);
    }
  free (expected);
  free (found);
}

void
check_tags (struct verify *v, struct found *f, struct setting const *s)
{
  char *copy = xstrdup (s->value);
  char *cursor = copy;
  struct tag tag;
  while (next_tag (&cursor, &tag))
    {
      if (tag.kind == TAG_CAPS)
        check_caps (v, f, &tag);
      else if (tag.kind == TAG_CONTEXT)
        check_context (v, f, &tag);
      else if (tag.kind == TAG_XATTR)
        check_xattr (v, f, &tag);
    }
  free (copy);
}
