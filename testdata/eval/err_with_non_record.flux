x = 1
{x with a: 1}
