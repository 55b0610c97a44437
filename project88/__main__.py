from project88.cli import main

main()
