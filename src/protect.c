/* protect.c: configuration protection, as in Portage's CONFIG_PROTECT.
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

#include "protect.h"

#include <dirent.h>
#include <limits.h>

#include "system.h"
#include "c-ctype.h"
#include "xvasprintf.h"

#ifndef NAME_MAX
# define NAME_MAX 255
#endif

/* The prefix of an update's name: "._cfg", four or more digits, "_".  */
static char const cfg_prefix[] = "._cfg";

void
protect_list_add (struct protect_list *list, char const *entry)
{
  char *norm = xmalloc (strlen (entry) + 2);
  char *q = norm;
  *q++ = '/';
  for (char const *p = entry; *p; p++)
    if (! (*p == '/' && q[-1] == '/'))
      *q++ = *p;
  if (1 < q - norm && q[-1] == '/')
    q--;
  *q = '\0';
  list->entries = xreallocarray (list->entries, list->n_entries + 1,
                                 sizeof *list->entries);
  list->entries[list->n_entries++] = norm;
}

/* Return the length of the longest entry of LIST that covers NAME, or
   -1 if none does.  */
static ptrdiff_t
longest_cover (struct protect_list const *list, char const *name)
{
  ptrdiff_t best = -1;
  for (size_t i = 0; i < list->n_entries; i++)
    {
      char const *e = list->entries[i];
      size_t len = streq (e, "/") ? 0 : strlen (e);
      if (strncmp (name, e, len) == 0
          && (name[len] == '\0' || name[len] == '/')
          && best < (ptrdiff_t) len)
        best = len;
    }
  return best;
}

bool
protect_covers (struct protect_list const *protect,
                struct protect_list const *mask, char const *name)
{
  ptrdiff_t p = longest_cover (protect, name);
  return 0 <= p && longest_cover (mask, name) < p;
}

bool
protect_exempt (char const *base, long long size)
{
  return size == 0 && strncmp (base, ".keep", 5) == 0;
}

/* If NAME is "._cfgNNNN_BASE", return NNNN; else return -1.  */
static long
update_number (char const *name, char const *base)
{
  size_t plen = sizeof cfg_prefix - 1;
  if (strncmp (name, cfg_prefix, plen) != 0)
    return -1;
  char const *p = name + plen;
  long n = 0;
  size_t digits = 0;
  for (; c_isdigit (*p); p++, digits++)
    {
      if (LONG_MAX / 10 < n)
        return -1;
      n = 10 * n + (*p - '0');
    }
  return 4 <= digits && *p == '_' && streq (p + 1, base) ? n : -1;
}

/* The numbers already taken, as a growable set of flags.  */
struct taken
{
  bool *flags;
  size_t size;
};

static void
mark_taken (struct taken *t, long n)
{
  if ((size_t) n >= t->size)
    {
      size_t size = n + 1 < 64 ? 64 : 2 * (n + 1);
      t->flags = xrealloc (t->flags, size);
      memset (t->flags + t->size, 0, size - t->size);
      t->size = size;
    }
  t->flags[n] = true;
}

int
protect_update_name (int dir_fd, char const *base, protect_same_fn same,
                     void *arg, char **name, bool *already)
{
  *name = NULL;
  *already = false;
  if (NAME_MAX < sizeof cfg_prefix - 1 + 5 + strlen (base))
    {
      errno = ENAMETOOLONG;
      return -1;
    }
  int fd = openat (dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR *dir = fd < 0 ? NULL : fdopendir (fd);
  if (! dir)
    {
      int e = errno;
      if (0 <= fd)
        close (fd);
      errno = e;
      return -1;
    }
  struct taken taken = { NULL, 0 };
  struct dirent const *d;
  while (! *already && (errno = 0, d = readdir (dir)))
    {
      long n = update_number (d->d_name, base);
      if (n < 0 || 1000000 < n)
        continue;
      mark_taken (&taken, n);
      if (same (dir_fd, d->d_name, arg))
        {
          *name = xstrdup (d->d_name);
          *already = true;
        }
    }
  int e = errno;
  closedir (dir);
  if (! *already && e == 0)
    {
      size_t n = 0;
      while (n < taken.size && taken.flags[n])
        n++;
      *name = xasprintf ("%s%04zu_%s", cfg_prefix, n, base);
    }
  free (taken.flags);
  errno = e;
  return *name ? 0 : -1;
}
