from eventwatch.cli import main

raise SystemExit(main())
