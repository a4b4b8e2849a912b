/* ainstall: copy files and set attributes, atomically.
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

#include <locale.h>

#include "system.h"
#include "batch.h"
#include "closeout.h"
#include "manifest-verify.h"
#include "manifest.h"
#include "operands.h"
#include "options.h"
#include "progname.h"
#include "strip.h"

/* "ainstall --verify=MANIFEST [ROOT]", whose operands are OPERANDS.  */
static int
verify_tree (char const *manifest, int n_operands, char **operands)
{
  if (1 < n_operands)
    {
      error (0, 0, _("extra operand %s"), quoteaf (operands[1]));
      usage (EXIT_FAILURE);
    }
  char const *root = n_operands ? operands[0] : ".";
  return verify_manifest (manifest, root) ? EXIT_SUCCESS : EXIT_FAILURE;
}

int
main (int argc, char **argv)
{
  /* Diagnostics, getopt's too, name the program exactly as it was
     invoked, as GNU's do: "/usr/bin/install: ..." when run by that
     name, so that build logs stay the same byte for byte.  */
  set_program_name (argv[0]);
  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, LOCALEDIR);
  textdomain (PACKAGE);
  atexit (close_stdout);

  /* Modes are exactly what -m says, as in GNU install.  */
  umask (0);

  /* Static, as they last as long as the process: what they point to is
     never freed, and leak checkers see it still reachable at exit.  */
  static struct install_options opts;
  static struct pending_options pending;
  int first = parse_options (argc, argv, &opts, &pending);
  if (opts.verify)
    return verify_tree (opts.verify, argc - first, argv + first);

  static struct operand_plan plan;
  plan_operands (&opts, argc - first, argv + first, &plan);
  finish_options (&opts, &pending);

  if (opts.strip)
    strip_init ();
  if (opts.manifest)
    manifest_open (opts.manifest, opts.manifest_root, opts.digest,
                   opts.sync);

  bool ok = install_operands (&opts, &plan);
  if (opts.sync)
    ok &= batch_finish ();
  ok &= manifest_close ();
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
