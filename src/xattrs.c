/* xattrs.c: --preserve=xattr, copying extended attributes.
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

#include "xattrs.h"

#include <fnmatch.h>
#include <sys/xattr.h>
#if HAVE_ATTR_LIBATTR_H
# include <attr/libattr.h>
#endif

#include "system.h"
#include "optional-libs.h"

#if HAVE_ATTR_COPY_CHECK_PERMISSIONS
/* libattr is loaded only when an attribute is to be copied or compared
   (see optional-libs.h).  */
# define LIBATTR_SYMBOLS(S) S (attr_copy_check_permissions)
OPTIONAL_LIB (libattr, LIBATTR_SONAME,
              N_("/etc/xattr.conf cannot be honoured"), LIBATTR_SYMBOLS);
#endif

/* Attributes with options of their own, never copied as plain ones.  */
static char const *const own_options[] =
{
  "security.selinux",           /* -Z, --context, --preserve=context */
  "security.capability",        /* --caps, --preserve=caps */
  "system.posix_acl_access",    /* --preserve=acl */
  "system.posix_acl_default",
};

/* Return 1 if /etc/xattr.conf lets NAME be copied as a plain attribute,
   0 if not, -1 (errno set) if that cannot be told.  libattr reads that
   file (once) and decides.  */
static int
system_allows (char const *name)
{
#if HAVE_ATTR_COPY_CHECK_PERMISSIONS
  if (! optional_lib_load (&libattr))
    return -1;
  return (OPTIONAL_LIB_FN (libattr, attr_copy_check_permissions) (name, NULL)
          != 0);
#else
  (void) name;
  return 1;
#endif
}

int
xattr_wanted (struct xattr_filter const *filter, char const *name)
{
  for (size_t i = 0; i < sizeof own_options / sizeof *own_options; i++)
    if (streq (name, own_options[i]))
      return 0;
  for (size_t i = 0; i < filter->n_excludes; i++)
    if (fnmatch (filter->excludes[i], name, 0) == 0)
      return 0;
  return system_allows (name);
}

/* A file whose attributes are read or written: open as FD, or, if NAME
   is not NULL, reached by NAME without following a symbolic link (a
   symbolic link or device node that is not to be opened).  */
struct xattr_file
{
  int fd;
  char const *name;
};

static ssize_t
x_list (struct xattr_file f, char *list, size_t size)
{
  return f.name ? llistxattr (f.name, list, size) : flistxattr (f.fd, list,
                                                                 size);
}

static ssize_t
x_get (struct xattr_file f, char const *attr, void *value, size_t size)
{
  return (f.name ? lgetxattr (f.name, attr, value, size)
          : fgetxattr (f.fd, attr, value, size));
}

static int
x_set (struct xattr_file f, char const *attr, void const *value,
       size_t size)
{
  return (f.name ? lsetxattr (f.name, attr, value, size, 0)
          : fsetxattr (f.fd, attr, value, size, 0));
}

/* Set *LIST to the malloc'd, NUL-separated names of F's attributes and
   return its size, or return -1 with errno set.  */
static ssize_t
list_names (struct xattr_file f, char **list)
{
  *list = NULL;
  for (;;)
    {
      ssize_t size = x_list (f, NULL, 0);
      if (size <= 0)
        return size < 0 && (errno == ENOTSUP || errno == ENOSYS) ? 0 : size;
      *list = xrealloc (*list, size);
      ssize_t got = x_list (f, *list, size);
      if (0 <= got || errno != ERANGE)
        return got;
      /* The list grew meanwhile: try again.  */
    }
}

/* Set *VALUE to the malloc'd value of F's attribute NAME and return its
   size, or return -1 with errno set.  */
static ssize_t
get_value (struct xattr_file f, char const *name, char **value)
{
  *value = NULL;
  for (;;)
    {
      ssize_t size = x_get (f, name, NULL, 0);
      if (size < 0)
        return size;
      *value = xrealloc (*value, size + 1);
      ssize_t got = x_get (f, name, *value, size);
      if (0 <= got || errno != ERANGE)
        return got;
    }
}

ssize_t
xattr_get_fd (int fd, char const *name, char **value)
{
  struct xattr_file f = { fd, NULL };
  return get_value (f, name, value);
}

/* Copy SRC's attribute NAME to DST, unless it vanished meanwhile.  */
static bool
copy_one (struct xattr_file src, struct xattr_file dst, char const *name)
{
  char *value;
  ssize_t len = get_value (src, name, &value);
  bool ok = len < 0 ? errno == ENODATA : x_set (dst, name, value, len) == 0;
  free (value);
  return ok;
}

static int
copy_all (struct xattr_file src, struct xattr_file dst,
          struct xattr_filter const *filter, char **failed_name)
{
  char *names;
  *failed_name = NULL;
  ssize_t size = list_names (src, &names);
  if (size < 0)
    return -1;
  int r = 0;
  for (char *name = names; r == 0 && name < names + size;
       name += strlen (name) + 1)
    {
      int wanted = xattr_wanted (filter, name);
      if (wanted != 0 && (wanted < 0 || ! copy_one (src, dst, name)))
        {
          r = -1;
          *failed_name = xstrdup (name);
        }
    }
  int e = errno;
  free (names);
  errno = e;
  return r;
}

int
xattrs_copy (int src_fd, int dst_fd, struct xattr_filter const *filter,
             char **failed_name)
{
  struct xattr_file src = { src_fd, NULL }, dst = { dst_fd, NULL };
  return copy_all (src, dst, filter, failed_name);
}

int
xattrs_copy_names (char const *src_name, char const *dst_name,
                   struct xattr_filter const *filter, char **failed_name)
{
  struct xattr_file src = { -1, src_name }, dst = { -1, dst_name };
  return copy_all (src, dst, filter, failed_name);
}

/* Return true if every attribute of A_FD that FILTER lets through is on
   B_FD too, with the same value.  */
static bool
included (int a_fd, int b_fd, struct xattr_filter const *filter)
{
  struct xattr_file a = { a_fd, NULL }, b = { b_fd, NULL };
  char *names;
  ssize_t size = list_names (a, &names);
  bool same = 0 <= size;
  for (char *name = names; same && name < names + size;
       name += strlen (name) + 1)
    {
      int wanted = xattr_wanted (filter, name);
      if (wanted == 0)
        continue;
      if (wanted < 0)
        {
          same = false;
          break;
        }
      char *a_value, *b_value;
      ssize_t a_len = get_value (a, name, &a_value);
      ssize_t b_len = get_value (b, name, &b_value);
      same = (0 <= a_len && a_len == b_len && a_value && b_value
              && memcmp (a_value, b_value, a_len) == 0);
      free (a_value);
      free (b_value);
    }
  free (names);
  return same;
}

bool
xattrs_equal (int a_fd, int b_fd, struct xattr_filter const *filter)
{
  return included (a_fd, b_fd, filter) && included (b_fd, a_fd, filter);
}
