/* file-caps.c: file capabilities (security.capability).
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

#include "file-caps.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/xattr.h>
#if USE_LIBCAP
# include <sys/capability.h>
#endif

#include "system.h"
#include "optional-libs.h"

#if USE_LIBCAP
/* libcap is loaded only to read or write capabilities in text form (see
   optional-libs.h).  */
# define LIBCAP_SYMBOLS(S)                                               \
  S (cap_free) S (cap_from_text) S (cap_get_flag) S (cap_init)          \
  S (cap_set_flag) S (cap_to_text)
OPTIONAL_LIB (libcap, LIBCAP_SONAME,
              N_("capabilities in text form are not available"),
              LIBCAP_SYMBOLS);
# define CAP(name) OPTIONAL_LIB_FN (libcap, name)
#endif

static char const caps_xattr[] = "security.capability";

/* Whatever the library, a set is kept as the raw attribute: copying it
   then needs no library at all, and comparing is comparing bytes.  */
struct file_caps
{
  size_t size;
  unsigned char value[];
};

static struct file_caps *
caps_new (void const *value, size_t size)
{
  struct file_caps *caps = xmalloc (offsetof (struct file_caps, value)
                                    + size);
  caps->size = size;
  memcpy (caps->value, value, size);
  return caps;
}

#if USE_LIBCAP
/* The kernel's form of a capability set (struct vfs_cap_data, revision
   2): a little-endian word of revision and flags, then the permitted and
   inheritable masks, low word then high word of each.  */
enum
{
  VFS_REVISION_2 = 0x02000000,
  VFS_FLAG_EFFECTIVE = 0x000001,
  VFS_SIZE_2 = 4 * (1 + 2 * 2)
};

static void
put_le32 (unsigned char *p, uint32_t v)
{
  p[0] = v;
  p[1] = v >> 8;
  p[2] = v >> 16;
  p[3] = v >> 24;
}

/* Return the raw attribute for the capabilities PARSED, or NULL for
   none; set *VALID to false if they cannot be a file's.  */
static struct file_caps *
caps_from_cap_t (cap_t parsed, bool *valid)
{
  uint32_t permitted[2] = { 0, 0 }, inheritable[2] = { 0, 0 };
  uint32_t effective[2] = { 0, 0 };
  for (cap_value_t c = 0; c < 64; c++)
    {
      cap_flag_value_t p, i, e;
      if (CAP (cap_get_flag) (parsed, c, CAP_PERMITTED, &p) != 0
          || CAP (cap_get_flag) (parsed, c, CAP_INHERITABLE, &i) != 0
          || CAP (cap_get_flag) (parsed, c, CAP_EFFECTIVE, &e) != 0)
        break;
      permitted[c / 32] |= (uint32_t) (p == CAP_SET) << (c % 32);
      inheritable[c / 32] |= (uint32_t) (i == CAP_SET) << (c % 32);
      effective[c / 32] |= (uint32_t) (e == CAP_SET) << (c % 32);
    }

  /* A file has one effective bit, for all its capabilities at once: a
     set where only some are effective cannot be a file's (setcap refuses
     it too).  */
  bool any_effective = (effective[0] | effective[1]) != 0;
  for (int w = 0; w < 2; w++)
    if (any_effective && effective[w] != (permitted[w] | inheritable[w]))
      {
        errno = EINVAL;
        *valid = false;
        return NULL;
      }
  *valid = true;
  if (! (permitted[0] | permitted[1] | inheritable[0] | inheritable[1]))
    return NULL;
  unsigned char raw[VFS_SIZE_2];
  put_le32 (raw, VFS_REVISION_2 | (any_effective ? VFS_FLAG_EFFECTIVE : 0));
  for (int w = 0; w < 2; w++)
    {
      put_le32 (raw + 4 + 8 * w, permitted[w]);
      put_le32 (raw + 8 + 8 * w, inheritable[w]);
    }
  return caps_new (raw, sizeof raw);
}
#endif

static int
hex_value (char c)
{
  return ('0' <= c && c <= '9' ? c - '0'
          : 'a' <= c && c <= 'f' ? c - 'a' + 10
          : 'A' <= c && c <= 'F' ? c - 'A' + 10 : -1);
}

/* Set *CAPS to the raw attribute written in hexadecimal after "0x" in
   TEXT, as caps_to_text writes what it cannot put in libcap's form.  */
static int
caps_from_hex (char const *text, struct file_caps **caps)
{
  size_t len = strlen (text);
  if (len % 2 != 0 || 2 * 256 < len)
    {
      errno = EINVAL;
      return -1;
    }
  unsigned char raw[256];
  for (size_t i = 0; i < len / 2; i++)
    {
      int hi = hex_value (text[2 * i]), lo = hex_value (text[2 * i + 1]);
      if (hi < 0 || lo < 0)
        {
          errno = EINVAL;
          return -1;
        }
      raw[i] = hi << 4 | lo;
    }
  *caps = len ? caps_new (raw, len / 2) : NULL;
  return 0;
}

int
caps_from_text (char const *text, struct file_caps **caps)
{
  *caps = NULL;
  if (text[0] == '0' && text[1] == 'x')
    return caps_from_hex (text + 2, caps);
#if USE_LIBCAP
  if (! optional_lib_load (&libcap))
    return -1;
  cap_t parsed = CAP (cap_from_text) (text);
  if (! parsed)
    return -1;
  bool valid;
  *caps = caps_from_cap_t (parsed, &valid);
  CAP (cap_free) (parsed);
  if (! valid)
    errno = EINVAL;
  return valid ? 0 : -1;
#else
  (void) text;
  errno = ENOTSUP;
  return -1;
#endif
}

int
caps_get_fd (int fd, struct file_caps **caps)
{
  unsigned char buf[256];
  *caps = NULL;
  ssize_t size = fgetxattr (fd, caps_xattr, buf, sizeof buf);
  if (size < 0)
    return errno == ENODATA || errno == ENOTSUP ? 0 : -1;
  *caps = caps_new (buf, size);
  return 0;
}

int
caps_set_fd (int fd, struct file_caps const *caps)
{
  if (caps)
    return fsetxattr (fd, caps_xattr, caps->value, caps->size, 0);
  if (fremovexattr (fd, caps_xattr) == 0 || errno == ENODATA)
    return 0;
  return -1;
}

bool
caps_equal (struct file_caps const *a, struct file_caps const *b)
{
  if (! a || ! b)
    return a == b;
  return a->size == b->size && memcmp (a->value, b->value, a->size) == 0;
}

void const *
caps_raw (struct file_caps const *caps, size_t *size)
{
  *size = caps ? caps->size : 0;
  return caps ? caps->value : NULL;
}

struct file_caps *
caps_from_raw (void const *value, size_t size)
{
  return caps_new (value, size);
}

struct file_caps *
caps_copy (struct file_caps const *caps)
{
  return caps_new (caps->value, caps->size);
}

/* The raw attribute of CAPS in hexadecimal, after "0x".  */
static char *
caps_to_hex (struct file_caps const *caps)
{
  static char const digits[] = "0123456789abcdef";
  char *text = xmalloc (2 + 2 * caps->size + 1);
  char *p = stpcpy (text, "0x");
  for (size_t i = 0; i < caps->size; i++)
    {
      *p++ = digits[caps->value[i] >> 4];
      *p++ = digits[caps->value[i] & 0xf];
    }
  *p = '\0';
  return text;
}

#if USE_LIBCAP
static uint32_t
get_le32 (unsigned char const *p)
{
  return p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16
         | (uint32_t) p[3] << 24;
}

/* CAPS in libcap's text form, or NULL if it has none for them (a
   namespaced set, revision 3, has a root user ID that text cannot say)
   or libcap cannot be loaded.  */
static char *
caps_to_libcap_text (struct file_caps const *caps)
{
  unsigned char const *v = caps->value;
  if (caps->size < 4)
    return NULL;
  uint32_t magic = get_le32 (v);
  int words = ((magic & 0xff000000) == 0x01000000 && caps->size == 12 ? 1
               : (magic & 0xff000000) == VFS_REVISION_2
                 && caps->size == VFS_SIZE_2 ? 2 : 0);
  if (! words || ! optional_lib_load (&libcap))
    return NULL;
  cap_t set = CAP (cap_init) ();
  if (! set)
    xalloc_die ();
  for (int w = 0; w < words; w++)
    for (int bit = 0; bit < 32; bit++)
      {
        cap_value_t c = 32 * w + bit;
        bool p = get_le32 (v + 4 + 8 * w) >> bit & 1;
        bool i = get_le32 (v + 8 + 8 * w) >> bit & 1;
        if (p)
          CAP (cap_set_flag) (set, CAP_PERMITTED, 1, &c, CAP_SET);
        if (i)
          CAP (cap_set_flag) (set, CAP_INHERITABLE, 1, &c, CAP_SET);
        if ((p || i) && (magic & VFS_FLAG_EFFECTIVE))
          CAP (cap_set_flag) (set, CAP_EFFECTIVE, 1, &c, CAP_SET);
      }
  char *libcap_text = CAP (cap_to_text) (set, NULL);
  CAP (cap_free) (set);
  if (! libcap_text)
    return NULL;
  char *text = xstrdup (libcap_text);
  CAP (cap_free) (libcap_text);
  return text;
}
#endif

char *
caps_to_text (struct file_caps const *caps)
{
  if (! caps)
    return xstrdup ("");
#if USE_LIBCAP
  char *text = caps_to_libcap_text (caps);
  if (text)
    return text;
#endif
  return caps_to_hex (caps);
}

void
caps_free (struct file_caps *caps)
{
  free (caps);
}
