/* link-groups.c: hard-link groups of an image, kept in the merged tree.
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

#include "link-groups.h"

#include "system.h"
#include "hash.h"

struct group
{
  dev_t dev;                /* The image inode.  */
  ino_t ino;
  nlink_t unseen;           /* Its names not merged yet.  */
  int fd;                   /* What the first was installed as, or -1.  */
};

struct link_groups
{
  Hash_table *table;
};

static size_t
group_hash (void const *entry, size_t n_buckets)
{
  struct group const *g = entry;
  return (g->ino ^ g->dev) % n_buckets;
}

static bool
group_equal (void const *a, void const *b)
{
  struct group const *x = a, *y = b;
  return x->ino == y->ino && x->dev == y->dev;
}

static void
group_free (void *entry)
{
  struct group *g = entry;
  if (0 <= g->fd)
    close (g->fd);
  free (g);
}

struct link_groups *
link_groups_new (void)
{
  struct link_groups *groups = xmalloc (sizeof *groups);
  groups->table = hash_initialize (61, NULL, group_hash, group_equal,
                                   group_free);
  if (! groups->table)
    xalloc_die ();
  return groups;
}

void
link_groups_free (struct link_groups *groups)
{
  if (groups)
    {
      hash_free (groups->table);
      free (groups);
    }
}

static struct group *
lookup (struct link_groups const *groups, struct stat const *st)
{
  struct group key = { .dev = st->st_dev, .ino = st->st_ino };
  return hash_lookup (groups->table, &key);
}

bool
link_groups_has (struct link_groups const *groups,
                 struct stat const *image_st)
{
  return lookup (groups, image_st) != NULL;
}

int
link_groups_find (struct link_groups const *groups,
                  struct stat const *image_st)
{
  struct group const *g = lookup (groups, image_st);
  return g ? g->fd : -1;
}

void
link_groups_add (struct link_groups *groups, struct stat const *image_st,
                 int installed_fd)
{
  struct group *g = lookup (groups, image_st);
  if (! g)
    {
      g = xmalloc (sizeof *g);
      *g = (struct group) { .dev = image_st->st_dev,
                            .ino = image_st->st_ino,
                            .unseen = image_st->st_nlink, .fd = -1 };
      if (! hash_insert (groups->table, g))
        xalloc_die ();
    }
  if (g->fd < 0)
    g->fd = installed_fd;
  else if (0 <= installed_fd)
    close (installed_fd);
  if (--g->unseen == 0)
    {
      hash_remove (groups->table, g);
      group_free (g);
    }
}
