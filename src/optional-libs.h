/* optional-libs.h: libraries loaded only when a run needs them.
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

#ifndef AINSTALL_OPTIONAL_LIBS_H
#define AINSTALL_OPTIONAL_LIBS_H

#include <stdbool.h>
#include <stddef.h>

/* libselinux, libcap and libattr are not linked: almost no run needs
   them, and loading and relocating them (and libpcre2, which libselinux
   needs) would cost every run more than the rest of its start-up.  The
   one module that knows each library opens it with dlopen the first
   time a run needs it, by the soname configure found when linking with
   it, and looks up every function it uses at once.  Their types come
   from the library's own header, so calls are checked as before.

   A library that cannot be loaded then is reported once, naming what
   cannot be done without it; the features that need it then fail with
   errno ENOTSUP, as in a build without it.  Start-up never fails.  */

struct optional_lib
{
  char const *soname;           /* What dlopen is given.  */
  char const *lacking;          /* What cannot be done without it
                                   (untranslated).  */
  char const *const *names;     /* The functions to look up...  */
  void **addresses;             /* ...and where their addresses go.  */
  size_t count;
  signed char state;            /* 0 not tried, 1 loaded, -1 failed.  */
};

/* Return true if LIB is loaded, loading it on the first call.  Else
   report why (on the first call only) and return false with errno
   ENOTSUP.  */
bool optional_lib_load (struct optional_lib *lib);

/* Define the static struct optional_lib LIB, loaded by dlopen (SONAME):
   the functions it gives are those SYMBOLS names, a macro that applies
   its argument to each name.  LACKING is what cannot be done without
   it, marked with N_.  */
#define OPTIONAL_LIB_ENUM_(name) optional_lib_symbol_##name,
#define OPTIONAL_LIB_NAME_(name) #name,
#define OPTIONAL_LIB(lib, soname, lacking, symbols)                     \
  enum { symbols (OPTIONAL_LIB_ENUM_) lib##_count_ };                   \
  static char const *const lib##_names_[] =                             \
    { symbols (OPTIONAL_LIB_NAME_) };                                   \
  static void *lib##_addresses_[lib##_count_];                          \
  static struct optional_lib lib =                                      \
    { soname, lacking, lib##_names_, lib##_addresses_, lib##_count_, 0 }

/* The function NAME of LIB, once LIB is loaded: a pointer of the type
   NAME has in the library's header.  */
#define OPTIONAL_LIB_FN(lib, name)                                      \
  ((__typeof__ (name) *) lib##_addresses_[optional_lib_symbol_##name])

#endif /* AINSTALL_OPTIONAL_LIBS_H */
