module gotestprep

go 1.19
