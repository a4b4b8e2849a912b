/* installed.c: the files this run has installed.
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

#include "installed.h"

#include "system.h"
#include "hash.h"
#include "xalloc.h"

struct installed_file
{
  dev_t dev;
  ino_t ino;
  char *name;
};

struct installed_set
{
  Hash_table *table;
};

static size_t
installed_hash (void const *entry, size_t n_buckets)
{
  struct installed_file const *f = entry;
  return (f->ino ^ hash_string (f->name, n_buckets)) % n_buckets;
}

static bool
installed_equal (void const *a, void const *b)
{
  struct installed_file const *x = a, *y = b;
  return x->ino == y->ino && x->dev == y->dev && streq (x->name, y->name);
}

static void
installed_free (void *entry)
{
  struct installed_file *f = entry;
  free (f->name);
  free (f);
}

struct installed_set *
installed_set_new (void)
{
  struct installed_set *set = xmalloc (sizeof *set);
  set->table = hash_initialize (61, NULL, installed_hash, installed_equal,
                                installed_free);
  if (! set->table)
    xalloc_die ();
  return set;
}

void
installed_set_free (struct installed_set *set)
{
  if (set)
    {
      hash_free (set->table);
      free (set);
    }
}

void
installed_set_add (struct installed_set *set, char const *name,
                   struct stat const *st)
{
  struct installed_file *f = xmalloc (sizeof *f);
  *f = (struct installed_file) { .dev = st->st_dev, .ino = st->st_ino,
                                 .name = xstrdup (name) };
  struct installed_file *old = hash_insert (set->table, f);
  if (! old)
    xalloc_die ();
  if (old != f)
    installed_free (f);
}

bool
installed_set_has (struct installed_set const *set, char const *name,
                   struct stat const *st)
{
  struct installed_file key = { .dev = st->st_dev, .ino = st->st_ino,
                                .name = (char *) name };
  return hash_lookup (set->table, &key) != NULL;
}
